// Builds the map's NodeLook from the sidebar's choices, the newest figures and the highlight.
import { useMemo } from 'react';
import { createNodeLook, type NodeLook } from '../../graph/node-look';
import { highlightedOnMap } from '../../state/insights/insights-highlight';
import { useAppState } from '../../state/core/use-store';

export function useNodeLook(): NodeLook | null {
  const map = useAppState((s) => s.map);
  const { sizeBy, colourBy, highlight, lookFilter } = useAppState((s) => s.insights);
  // Sizes and groups come from the newest result even while a newer run is on its way, so nodes
  // do not jump back and forth on every edit; the panel is the place that says "Updating…".
  const result = useAppState((s) => s.insights.analysis.result);
  // Sized by influence or a custom field and coloured by anything but community, the look needs no
  // figures: a new analysis then leaves it (and so the whole map picture) as it is.
  const needsFigures = !(sizeBy === 'influence' || sizeBy.startsWith('custom:')) || colourBy === 'community' || lookFilter?.field === 'community';
  const figures = needsFigures ? (result?.insights.stakeholders ?? null) : null;
  const lit = useMemo(() => highlightedOnMap(highlight, map), [highlight, map]);
  return useMemo(
    () => (map ? createNodeLook({ map, sizeBy, colourBy, filter: lookFilter, figures, highlight: lit }) : null),
    [map, sizeBy, colourBy, lookFilter, figures, lit],
  );
}
