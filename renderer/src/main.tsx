// Entry point of the window: one store, wrapped in an error boundary so a fault shows words, not white.
// early-session comes first: its request for the map goes out before the other modules evaluate.
import { takeEarlySession } from './early-session';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { windowApi } from './api';
import { createAppStore } from './state/core/actions';
import { StoreContext } from './state/core/use-store';
import { App } from './views/App';
import { ErrorBoundary } from './views/ErrorBoundary';
import { FatalScreen } from './views/FatalScreen';
import './styles.css';

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');
const root = createRoot(rootElement);

try {
  const store = createAppStore(windowApi(), { earlySession: takeEarlySession() });
  root.render(
    <StrictMode>
      <ErrorBoundary>
        <StoreContext.Provider value={store}>
          <App />
        </StoreContext.Provider>
      </ErrorBoundary>
    </StrictMode>,
  );
  store.listenToMenuOpenRecent();
  void store.actions.start();
} catch (error) {
  root.render(<FatalScreen error={error} />);
}
