// Runs the whole analysis off the UI thread. It receives a plain map document and sends back
// plain insights; names of confidential stakeholders stay as they are, because the window already
// shows them to the person who keeps the map (exports and reports redact them instead).
import { analyzeMap } from '../../../shared/analysis';
import type { AnalysisReply, AnalysisRequest } from './analysis-client';

self.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const { seq, map, committeeId } = event.data;
  let reply: AnalysisReply;
  try {
    reply = { seq, insights: analyzeMap(map, { includeConfidential: true, committeeId }) };
  } catch (error) {
    reply = { seq, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};
