// A helper of the analysis worker: runs Brandes' searches from one slice of the sources at a time,
// so a big map's betweenness uses every core. It says when it is ready, and stays for the next run.
import { brandesPartialSums } from '../../../shared/graph/betweenness-core';
import type { SliceReply, SliceRequest } from './brandes-slice-protocol';

self.onmessage = (event: MessageEvent<SliceRequest>) => {
  const { graph, plan, sources, withCloseness } = event.data;
  let reply: SliceReply;
  try {
    reply = { sums: brandesPartialSums(graph, plan, sources, withCloseness) };
  } catch (error) {
    reply = { error: error instanceof Error ? error.message : String(error) };
  }
  const transfer = 'sums' in reply ? [reply.sums.betweenness, reply.sums.closeness, reply.sums.distanceSums, reply.sums.reachedBy].map((a) => a.buffer) : [];
  self.postMessage(reply, { transfer });
};

self.postMessage({ ready: true } satisfies SliceReply);
