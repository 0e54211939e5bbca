// Linking two nodes from the map: the "Link two nodes" mode, which waits for a click on the first
// stakeholder and then on the second, and then asks for the tie's details. Both map surfaces
// (Cytoscape for small maps, the canvas for big ones) hand their clicks to it.
import { useCallback, useEffect, useState } from 'react';
import { useActions } from '../../state/core/use-store';

export interface Linking {
  /** null when not linking; `from` is null until the first stakeholder is chosen. */
  readonly state: { readonly from: string | null } | null;
  /** The two ends chosen, waiting for the tie dialog. */
  readonly pair: readonly [string, string] | null;
  toggle(): void;
  closePair(): void;
  /** With Shift (and not linking), the node joins or leaves the bulk choice instead of opening. */
  tapNode(id: string, shift?: boolean): void;
  tapBackground(): void;
}

export function useLinking(): Linking {
  const actions = useActions();
  const [state, setState] = useState<{ from: string | null } | null>(null);
  const [pair, setPair] = useState<readonly [string, string] | null>(null);

  useEffect(() => {
    if (!state) return;
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && setState(null);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [state]);

  const tapNode = useCallback(
    (id: string, shift = false) => {
      if (!state && shift) return actions.toggleChecked(id);
      if (!state) return actions.select(id);
      if (state.from === null) return setState({ from: id });
      if (state.from !== id) setPair([state.from, id]);
      setState(null);
    },
    [actions, state],
  );
  const tapBackground = useCallback(() => (state ? setState(null) : actions.select(null)), [actions, state]);
  const toggle = useCallback(() => setState((s) => (s ? null : { from: null })), []);
  const closePair = useCallback(() => setPair(null), []);
  return { state, pair, toggle, closePair, tapNode, tapBackground };
}
