// The situations the map can be in, shared by the canvas scene's tests and the look parity test:
// Maria (two categories, confidential), Haven House (anchor), Ortiz, an unplaced person, a
// three-category organization, and Dana, 'declined', so a stage filter can hide her.
import type { ElementDefinition } from 'cytoscape';
import { analyzeMap } from '../../../shared/analysis';
import { addStakeholder, addTie, updateCoalition, type StakeholderDraft } from '../../../shared/edits';
import type { MapDocument, TieType } from '../../../shared/model';
import { emptyMap } from '../../../shared/new-map';
import { buildScene, type Scene } from '../../../renderer/src/graph/canvas/scene';
import { buildElements, type GraphInput } from '../../../renderer/src/graph/elements';
import { createNodeLook } from '../../../renderer/src/graph/node-look';
import { blankDraft } from '../../../renderer/src/state/core/stakeholder-edits';
import { noFilters } from '../../../renderer/src/state/core/app-state';

function coalitionMap(): MapDocument {
  let n = 0;
  const ctx = { now: '2025-03-01T09:00:00.000Z', newId: () => `s${++n}` };
  let map = emptyMap('Eastside Shelter Coalition');
  const add = (draft: Partial<StakeholderDraft>) => {
    map = addStakeholder(map, { ...blankDraft(), stage: 'member', ...draft }, ctx).map;
  };
  add({ name: 'Maria Lopez', categories: ['directly-affected', 'influential'], confidential: true, position: { x: 0, y: 0 } });
  add({ name: 'Haven House', kind: 'organization', categories: ['service-provider'], influence: 5, position: { x: 100, y: 0 } });
  add({ name: 'Council member Ortiz', categories: ['policymaker'], position: { x: 0, y: 100 } });
  add({ name: 'Unplaced Person' });
  add({ name: 'Faith Alliance', kind: 'organization', categories: ['service-provider', 'interested-public', 'influential'], position: { x: 200, y: 50 } });
  add({ name: 'Dana Reyes', categories: ['interested-public'], stage: 'declined', position: { x: -100, y: 50 } });
  const tie = (source: string, target: string, type: TieType, strength: number) => {
    map = addTie(map, { source, target, type, strength, trust: null, reportedBy: '', reportedAt: null, notes: '' }, { ...ctx, newId: () => `t${++n}` }).map;
  };
  tie('s1', 's2', 'knows', 1);
  tie('s2', 's3', 'refers-to', 3);
  tie('s1', 's3', 'conflict', 2);
  tie('s6', 's1', 'knows', 2);
  tie('s5', 's2', 'partners-with', 2);
  tie('s3', 's5', 'knows', 2);
  return updateCoalition(map, { anchorId: 's2' });
}

export const map = coalitionMap();
export const figures = analyzeMap(map).stakeholders;
const hideDeclined = { ...noFilters, stages: ['mapped', 'to-contact', 'contacted', 'member', 'core'] as const };
const lit = createNodeLook({ map, sizeBy: 'influence', colourBy: 'category', figures, highlight: new Set(['s1', 's3', 's5']) });
const byCommunity = createNodeLook({ map, sizeBy: 'influence', colourBy: 'community', figures, highlight: null });

/** Each case is drawn by headless Cytoscape and by buildScene from the same element list. */
export const cases: Record<string, { input: GraphInput; linkSource?: string }> = {
  plain: { input: { map, filters: noFilters, selection: null } },
  filtered: { input: { map, filters: hideDeclined, selection: null } },
  selected: { input: { map, filters: hideDeclined, selection: 's2' } },
  highlighted: { input: { map, filters: noFilters, selection: null, look: lit } },
  'selected under a highlight': { input: { map, filters: noFilters, selection: 's1', look: lit } },
  'selection inside the highlight': { input: { map, filters: noFilters, selection: 's3', look: lit } },
  'coloured by community': { input: { map, filters: noFilters, selection: 's5', look: byCommunity } },
  linking: { input: { map, filters: noFilters, selection: 's1' }, linkSource: 's1' },
  'linking from an anchor under a highlight': { input: { map, filters: noFilters, selection: null, look: lit }, linkSource: 's2' },
  // People ticked in the list: the confidential one, the anchor and a plain one; then with one of them selected.
  ticked: { input: { map, filters: noFilters, selection: null, checked: new Set(['s1', 's2', 's3']) } },
  'ticked with one selected': { input: { map, filters: noFilters, selection: 's3', checked: new Set(['s1', 's2', 's3']) } },
  'ticked under a highlight': { input: { map, filters: noFilters, selection: null, look: lit, checked: new Set(['s1', 's3']) } },
};

export const built = (name: string): { elements: ElementDefinition[]; scene: Scene; linkSource: string | undefined } => {
  const { input, linkSource } = cases[name]!;
  const elements = buildElements(input);
  return { elements, scene: buildScene(elements, linkSource ?? null), linkSource };
};
