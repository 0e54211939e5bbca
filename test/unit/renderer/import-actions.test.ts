// Applying an import or a merge through the window's store: one save and one undo step each; a
// refusal or a failed save leaves the map, the file and the history as they were. Also the merge
// review's decisions: exact pairs start accepted, one incoming record merges into one at most.
import { describe, expect, it } from 'vitest';
import { csvToStakeholders } from '../../../shared/exchange/csv-to-map';
import { parseCsv } from '../../../shared/exchange/csv';
import { proposeMerge } from '../../../shared/exchange/merge-maps';
import type { MapDocument } from '../../../shared/model';
import { emptyMap } from '../../../shared/new-map';
import { stakeholderSchema } from '../../../shared/schema';
import { createAppStore } from '../../../renderer/src/state/core/actions';
import {
  CONFIDENTIAL_NAME,
  decide,
  decisionsFrom,
  incomingDisplay,
  initialAccepted,
  pairKey,
} from '../../../renderer/src/state/import/import-merge-review';
import { createFakeApi } from './fake-api';
import { smallMap } from './map-fixture';

const NOW = '2025-03-01T10:00:00.000Z';

async function started(map: MapDocument = smallMap()) {
  const api = createFakeApi(map);
  let n = 0;
  const store = createAppStore(api, { now: () => NOW, newId: () => `gen-${++n}` });
  await store.actions.start();
  return { api, store };
}

function sheetAddition(map: MapDocument, text: string) {
  let n = 0;
  return csvToStakeholders(parseCsv(text, 'people.csv'), null, { now: NOW, newId: () => `imp-${++n}`, sourceLabel: 'people.csv', existingStakeholders: map.stakeholders });
}

describe('applying an import', () => {
  it('adds everything in one save that one undo takes back', async () => {
    const { api, store } = await started();
    const before = store.getState().map as MapDocument;
    const addition = sheetAddition(before, 'name,organization\nAmara Okafor,Haven House\nLuis Ortega,Eastside Clinic\n');
    const outcome = await store.actions.applyImport(addition, 'people.csv');
    expect(outcome).toEqual({ ok: true, value: { stakeholders: 3, ties: 2 } });
    expect(api.saved).toHaveLength(1);
    expect(api.onDisk()?.stakeholders).toHaveLength(before.stakeholders.length + 3);
    expect(store.getState().history.past).toHaveLength(1);
    expect(store.getState().notices.at(-1)?.message).toBe('Imported 3 stakeholders and 2 ties from people.csv. Undo removes the whole import.');
    expect(await store.actions.undo()).toBe(true);
    expect(store.getState().map).toEqual(before);
    expect(api.onDisk()).toEqual(before);
  });

  it('refuses an addition that would make the map invalid, without saving or an undo step', async () => {
    const { api, store } = await started();
    const before = store.getState().map as MapDocument;
    const addition = sheetAddition(before, 'name\nAmara Okafor\n');
    const dangling = { stakeholders: addition.stakeholders, ties: [{ ...before.ties[0]!, id: 'tie-x', source: 'nobody' }] };
    const outcome = await store.actions.applyImport(dangling, 'people.csv');
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.message).toMatch(/^people\.csv: the map would not be valid after this import, so nothing was added/);
    expect(api.saved).toHaveLength(0);
    expect(store.getState().map).toBe(before);
    expect(store.getState().history.past).toHaveLength(0);
  });

  it('reports a failed save and commits nothing', async () => {
    const { api, store } = await started();
    const before = store.getState().map as MapDocument;
    api.failNextSave('the disk is full');
    const outcome = await store.actions.applyImport(sheetAddition(before, 'name\nAmara\n'), 'people.csv');
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.message).toMatch(/could not be saved.*the disk is full/);
    expect(store.getState().map).toBe(before);
    expect(store.getState().history.past).toHaveLength(0);
  });
});

const person = (id: string, name: string, extra: object = {}) =>
  stakeholderSchema.parse({ id, name, kind: 'person', categories: [], createdAt: NOW, updatedAt: NOW, ...extra });

describe('applying a merge', () => {
  it('merges the accepted pairs, adds the rest, reports counts, and undoes in one step', async () => {
    const { api, store } = await started();
    const before = store.getState().map as MapDocument;
    const incoming: MapDocument = {
      ...emptyMap('Eastside'),
      stakeholders: [person('e1', 'Council Member Ortiz', { email: 'ortiz@example.org' }), person('e2', 'Maria Lopes'), person('e3', 'Someone New')],
    };
    const proposal = proposeMerge(before, incoming);
    const accepted = initialAccepted(proposal);
    const outcome = await store.actions.applyMerge(incoming, decisionsFrom(accepted, proposal.matches), 'Eastside (eastside.coalition.json)');
    expect(outcome).toMatchObject({ ok: true, value: { stakeholdersMerged: 1, stakeholdersAdded: 2 } });
    expect(api.saved).toHaveLength(1);
    const merged = store.getState().map as MapDocument;
    expect(merged.stakeholders.find((s) => s.id === 's3')?.email).toBe('ortiz@example.org');
    expect(merged.stakeholders.find((s) => s.name === 'Someone New')?.source).toBe('Eastside (eastside.coalition.json)');
    expect(store.getState().notices.at(-1)?.message).toMatch(/^Merged Eastside \(eastside\.coalition\.json\): 2 stakeholders added, 1 merged/);
    expect(await store.actions.undo()).toBe(true);
    expect(store.getState().map).toEqual(before);
  });
});

describe('the merge review', () => {
  const base = smallMap();
  const incoming: MapDocument = { ...emptyMap('Eastside'), stakeholders: [person('e1', 'council member ortiz'), person('e2', 'Maria Lopes', { confidential: true })] };
  const proposal = proposeMerge(base, incoming);
  const [exact, near] = proposal.matches;
  if (!exact || !near) throw new Error('expected an exact and a near match');

  it('starts with exact pairs accepted and near ones rejected', () => {
    expect(exact.strength).toBe('exact');
    expect(near.strength).toBe('near');
    const accepted = initialAccepted(proposal);
    expect([...accepted]).toEqual([pairKey(exact)]);
    expect(decisionsFrom(accepted, proposal.matches)).toEqual({ accept: [['s3', 'e1']] });
  });

  it('accepts and rejects pairs; accepting a pair rejects the other pairs of that incoming record', () => {
    let accepted = initialAccepted(proposal);
    accepted = decide(accepted, proposal.matches, near, true);
    expect(decisionsFrom(accepted, proposal.matches).accept).toEqual([['s3', 'e1'], [near.baseId, 'e2']]);
    accepted = decide(accepted, proposal.matches, exact, false);
    expect(decisionsFrom(accepted, proposal.matches).accept).toEqual([[near.baseId, 'e2']]);
    const rival = { ...near, baseId: 's2' };
    accepted = decide(accepted, [...proposal.matches, rival], rival, true);
    expect(decisionsFrom(accepted, [...proposal.matches, rival]).accept).toEqual([['s2', 'e2']]);
  });

  it('does not name another map’s confidential stakeholder', () => {
    const hidden = incoming.stakeholders[1]!;
    expect(incomingDisplay(hidden)).toEqual({ name: CONFIDENTIAL_NAME, hidden: true });
    expect(incomingDisplay(incoming.stakeholders[0]!)).toEqual({ name: 'council member ortiz', hidden: false });
  });
});
