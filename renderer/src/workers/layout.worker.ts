// Runs the layouts off the UI thread, so the window stays responsive on a 2,000-node map.
import { computeLayout, type LayoutRequest } from './layout-core';

self.onmessage = (event: MessageEvent<LayoutRequest & { readonly job: number }>) => {
  const { job, ...request } = event.data;
  try {
    self.postMessage({ job, positions: computeLayout(request) });
  } catch (error) {
    self.postMessage({ job, error: error instanceof Error ? error.message : String(error) });
  }
};
