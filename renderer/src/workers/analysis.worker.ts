// Runs the whole analysis off the UI thread. It receives a plain map document and sends back
// plain insights; names of confidential stakeholders stay as they are, because the window already
// shows them to the person who keeps the map (exports and reports redact them instead). On a big
// map it answers twice: a first answer from sampled figures, then the exact one, with the
// searches spread over helper workers on every core but one.
import { packInsights, transferablesOf } from '../../../shared/analysis/figure-columns';
import { analyzeInStages } from '../../../shared/analysis/staged-analysis';
import type { AnalysisReply, AnalysisRequest } from './analysis-client';
import { searchesOnEveryCore, searchThreadsFor } from './searches-on-every-core';

/** One core is left to the window (searchThreadsFor). */
const threads = searchThreadsFor(navigator.hardwareConcurrency);
/**
 * Provider pairs kept per service. A 20,000-stakeholder map has over a million overlapping pairs;
 * the panel shows them a page at a time and states the total, so a few hundred are plenty, and
 * the answer stays small enough to hand to the window at once.
 */
const PAIR_LIMIT = 500;
/** The helpers start with this worker (which starts with the window), so the first run finds them ready. */
const searches = searchesOnEveryCore(threads);
searches.warm();

/** Sends an answer with its figures as columns, whose buffers move to the window (figure-columns.ts). */
function send(reply: AnalysisReply): void {
  self.postMessage(reply, 'insights' in reply ? transferablesOf(reply.insights) : []);
}

self.onmessage = async (event: MessageEvent<AnalysisRequest>) => {
  const { seq, map, committeeId } = event.data;
  const received = performance.now();
  const elapsedMs = () => performance.now() - received;
  let reply: AnalysisReply;
  try {
    const insights = await analyzeInStages(map, {
      includeConfidential: true,
      committeeId,
      pairLimit: PAIR_LIMIT,
      runSearches: searches.run,
      onFirstAnswer: (first) => send({ seq, insights: packInsights(first), first: true, elapsedMs: elapsedMs() }),
    });
    reply = { seq, insights: packInsights(insights), elapsedMs: elapsedMs() };
  } catch (error) {
    reply = { seq, error: error instanceof Error ? error.message : String(error) };
  }
  send(reply);
};
