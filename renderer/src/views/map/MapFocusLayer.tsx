// Drawn over either map surface: the keyboard's focus ring and its spoken announcement, the hover
// card (name, categories, organisation, ties) for the pointer or the keyboard, and the lasso.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { announcement, nodeCard } from '../../graph/node-card';
import { useActions, useAppState } from '../../state/core/use-store';
import type { MapSurface, SurfaceNode } from './map-surface';
import { useLasso } from './use-lasso';
import { useMapKeys } from './use-map-keys';
import { useNeighbourhood } from './use-neighbourhood';
import { useTrackedNode } from './use-tracked-node';
import { plural } from '../../../../shared/analysis/context';

const CARD_OFFSET = 10;
/** Room the card may need (its largest size in styles.css), to keep it inside the map. */
const CARD_ROOM = { width: 270, height: 110 };

/** Right of and below the stakeholder; left of or above them when the map's far edge is near. */
function cardPlace(at: SurfaceNode, element: HTMLElement | undefined): string {
  const width = element?.clientWidth ?? Infinity;
  const height = element?.clientHeight ?? Infinity;
  const gap = at.radius + CARD_OFFSET;
  const left = at.x + gap + CARD_ROOM.width > width && at.x - gap - CARD_ROOM.width >= 0;
  const up = at.y + CARD_OFFSET + CARD_ROOM.height > height && at.y - gap - CARD_ROOM.height >= 0;
  const x = left ? at.x - gap : at.x + gap;
  const y = up ? at.y - gap : at.y + CARD_OFFSET;
  // Flipped, the card's far edge (not its near one) sits at the point: its own size, exactly.
  return `translate(${Math.round(x)}px, ${Math.round(y)}px) translate(${left ? '-100%' : '0'}, ${up ? '-100%' : '0'})`;
}

/** The stakeholder under the pointer, or null (none, or a button is held: a drag or a lasso). */
function useHovered(surface: MapSurface | null): string | null {
  const [hovered, setHovered] = useState<string | null>(null);
  useEffect(() => {
    if (!surface) return;
    const element = surface.element;
    const move = (e: PointerEvent) => {
      const r = element.getBoundingClientRect();
      setHovered(e.buttons !== 0 ? null : surface.nodeAt({ x: e.clientX - r.left, y: e.clientY - r.top }));
    };
    const leave = () => setHovered(null);
    element.addEventListener('pointermove', move);
    // After a click the pointer still rests on the stakeholder: show the card again at once.
    element.addEventListener('pointerup', move);
    element.addEventListener('pointerleave', leave);
    element.addEventListener('pointerdown', leave);
    return () => {
      element.removeEventListener('pointermove', move);
      element.removeEventListener('pointerup', move);
      element.removeEventListener('pointerleave', leave);
      element.removeEventListener('pointerdown', leave);
    };
  }, [surface]);
  return hovered;
}

/** Whether the surface has keyboard focus. */
function useHasFocus(surface: MapSurface | null): boolean {
  const [focused, setFocused] = useState(false);
  useEffect(() => {
    if (!surface) return;
    const element = surface.element;
    const on = () => setFocused(true);
    const off = () => setFocused(false);
    setFocused(document.activeElement === element);
    element.addEventListener('focus', on);
    element.addEventListener('blur', off);
    return () => {
      element.removeEventListener('focus', on);
      element.removeEventListener('blur', off);
    };
  }, [surface]);
  return focused;
}

export function MapFocusLayer({ surface, onLeave }: { readonly surface: MapSurface | null; readonly onLeave: () => void }) {
  const map = useAppState((s) => s.map);
  const selection = useAppState((s) => s.selection);
  const checked = useAppState((s) => s.checked);
  const actions = useActions();
  const neighbourhood = useNeighbourhood();
  const [focused, setFocused] = useState<string | null>(null);
  const [spoken, setSpoken] = useState('');
  const hasFocus = useHasFocus(surface);
  const hovered = useHovered(surface);

  const choose = useCallback((ids: readonly string[]) => {
    const all = [...new Set([...checked, ...ids])];
    actions.setChecked(all);
    setSpoken(`The lasso chose ${plural(ids.length, 'stakeholder')}; ${all.length} chosen in all.`);
  }, [actions, checked]);
  const lasso = useLasso(surface, choose);

  const moveFocus = useCallback((id: string | null) => {
    setFocused(id);
    const card = id !== null && map ? nodeCard(map, id) : null;
    if (card) setSpoken(announcement(card));
  }, [map]);
  useMapKeys(surface, {
    focused,
    selection,
    setFocused: moveFocus,
    open: (id) => actions.select(id),
    toggleChecked: (id) => {
      actions.toggleChecked(id);
      setSpoken(`${checked.includes(id) ? 'Unchosen' : 'Chosen'}: ${map ? (nodeCard(map, id)?.name ?? '') : ''}`);
    },
    toggleNeighbourhood: neighbourhood.toggle,
    widenNeighbourhood: neighbourhood.widen,
    leave: onLeave,
  });

  const ringId = hasFocus ? focused : null;
  const ring = useTrackedNode(surface, ringId);
  const cardId = hovered ?? ringId;
  const cardAt = useTrackedNode(surface, cardId);
  const card = useMemo(() => (cardId !== null && map ? nodeCard(map, cardId) : null), [cardId, map]);

  return (
    <>
      <p className="map-announcer" aria-live="polite">
        {spoken}
      </p>
      {ring && (
        <div
          className="map-focus-ring"
          aria-hidden="true"
          style={{ left: ring.x - ring.radius - 6, top: ring.y - ring.radius - 6, width: 2 * ring.radius + 12, height: 2 * ring.radius + 12 }}
        />
      )}
      {card && cardAt && !lasso && (
        <div className="map-card" aria-hidden="true" style={{ transform: cardPlace(cardAt, surface?.element) }}>
          <strong className="map-card-name">{card.name}</strong>
          <span>{card.categories}</span>
          {card.organisations.length > 0 && <span>{card.organisations.join(', ')}</span>}
          <span>Stage: {card.stage}</span>
          {card.confidential && <span>Confidential</span>}
          <span>{plural(card.ties, 'tie')}</span>
        </div>
      )}
      {lasso && (
        <svg className="map-lasso" aria-hidden="true">
          <polygon points={lasso.map((p) => `${p.x},${p.y}`).join(' ')} />
        </svg>
      )}
    </>
  );
}
