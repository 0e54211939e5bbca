// Catches a fault in any view so the user reads what happened instead of a blank window.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { FatalScreen } from './FatalScreen';

interface State {
  readonly error: unknown;
}

export class ErrorBoundary extends Component<{ readonly children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Coalition Mapper view error', error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.error ? <FatalScreen error={this.state.error} /> : this.props.children;
  }
}
