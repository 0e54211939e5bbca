// Asks the Node side for the session (the map to reopen) while the page is still being read: a plain
// script, run as soon as the HTML reaches it, before the window's own script has finished arriving
// and compiling. Reading the map file and carrying it over then overlap that wait instead of
// following it. early-session.ts hands the answer to the store. Plain JavaScript on purpose: a
// module script would wait for the whole page, and the bundler would fold it into the app's script.
(() => {
  const api = window.coalition;
  if (!api) return; // the store says the connection is missing when it starts
  // For the bench (test/bench/ui-bench.ts): opening a map counts from here.
  performance.mark('session:asked');
  const answer = api.startSession({});
  // A failure is reported by the store when it takes the answer, not as an unhandled rejection.
  answer.catch(() => undefined);
  Object.defineProperty(window, '__coalitionEarlySession', { value: answer, configurable: true });
})();
