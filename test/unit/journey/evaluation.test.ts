// Evaluation rounds: answers kept without names, tallied per question and area, compared with the
// round before and read beside the nearest snapshot.
import { describe, expect, it } from 'vitest';
import { analyzeMap } from '../../../shared/analysis';
import { addEvaluation, addResponse, compareRounds, latestEvaluationSentences } from '../../../shared/journey/evaluation';
import { addSnapshot, takeSnapshot } from '../../../shared/journey/snapshots';
import { mapDocumentSchema } from '../../../shared/schema';
import { editContext, journeyMap } from './journey-map';

function twoRounds() {
  let map = journeyMap();
  map = addSnapshot(map, takeSnapshot(map, analyzeMap(map), '2026-01-02T09:00:00.000Z', { id: 's1' }));
  const first = addEvaluation(map, { heldOn: '2026-01-05', label: 'January' }, editContext('a'));
  map = addResponse(addResponse(first.map, first.id, { 'q-meetings': 2, 'q-community': 3 }), first.id, { 'q-meetings': 3 });
  const second = addEvaluation(map, { heldOn: '2026-02-05', label: 'February' }, editContext('b'));
  map = addResponse(second.map, second.id, { 'q-meetings': 4, 'q-goals-progress': 5 });
  return map;
}

describe('evaluation rounds', () => {
  it('stores answers without names and refuses answers to questions the round did not ask', () => {
    const map = twoRounds();
    expect(mapDocumentSchema.safeParse(map).success).toBe(true);
    expect(map.evaluations[0]?.responses).toEqual([{ 'q-meetings': 2, 'q-community': 3 }, { 'q-meetings': 3 }]);
    const id = map.evaluations[0]!.id;
    expect(() => addResponse(map, id, { 'q-made-up': 3 })).toThrow(/did not ask question "q-made-up"/);
    expect(() => addResponse(map, id, { 'q-meetings': 6 })).toThrow(/from 1 to 5/);
    expect(() => addResponse(map, id, {})).toThrow(/no answers/);
  });

  it('tallies per area and compares each round with the one before, beside the nearest snapshot', () => {
    const [jan, feb] = compareRounds(twoRounds());
    expect(jan?.tally).toMatchObject({ forms: 2, areas: { process: 2.5, goals: null, outcomes: 3 } });
    expect(jan?.change).toBeNull();
    expect(feb?.change).toEqual({ process: 1.5, goals: null, outcomes: null });
    expect(feb?.snapshot?.id).toBe('s1');
    expect(latestEvaluationSentences(twoRounds())).toEqual([
      'February of 2026-02-05: 1 form returned (kept without names).',
      'How we work: 4.0 of 5, up 1.5 since the round before.',
      'Our goals: 5.0 of 5.',
      'What we achieve: no answers.',
      expect.stringMatching(/^Nearest network snapshot: 2026-01-02, \d+ members\.$/),
    ]);
  });
});
