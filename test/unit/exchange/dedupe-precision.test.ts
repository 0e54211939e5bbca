// The matcher measured on a labelled set (test/fixtures/reconcile/dedupe-pairs.json, written by
// make-dedupe-pairs.ts beside it): 220 pairs that are the same stakeholder written two ways and
// 153 that are different stakeholders sharing a name, a phone, an email domain or most of a name.
// Two figures are held, one per kind of mistake:
// - precision of "exact" (merged without asking): an exact match between two different people
//   merges them, the worst error, so it must be >= 0.98;
// - recall of the proposals (exact or possible): a duplicate not even proposed comes in twice, so
//   >= 0.98 of the true duplicates must reach the review.
// The other two (recall of exact, precision of proposals) are printed for the record.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDuplicates, type MatchStrength } from '../../../shared/exchange/dedupe';
import type { Pair, Side } from '../../fixtures/reconcile/dedupe-pair';
import { REPO_ROOT } from './fixture-paths';
import { org, person } from './merge-maps-fixtures';

const { pairs } = JSON.parse(readFileSync(path.join(REPO_ROOT, 'test/fixtures/reconcile/dedupe-pairs.json'), 'utf8')) as { pairs: Pair[] };

function record(id: string, side: Side) {
  const make = side.kind === 'person' ? person : org;
  return make(id, side.name, { email: side.email ?? '', phone: side.phone ?? '' });
}

function judge(pair: Pair): MatchStrength | null {
  const found = findDuplicates([record('a', pair.a)], [record('b', pair.b)]);
  return found[0]?.strength ?? null;
}

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

describe('matcher precision and recall on the labelled pairs', () => {
  const judged = pairs.map((pair) => ({ pair, strength: judge(pair) }));
  const same = judged.filter((j) => j.pair.same);
  const exact = judged.filter((j) => j.strength === 'exact');
  const proposed = judged.filter((j) => j.strength !== null);
  const exactPrecision = ratio(exact.filter((j) => j.pair.same).length, exact.length);
  const proposalRecall = ratio(same.filter((j) => j.strength !== null).length, same.length);
  const exactRecall = ratio(same.filter((j) => j.strength === 'exact').length, same.length);
  const proposalPrecision = ratio(proposed.filter((j) => j.pair.same).length, proposed.length);

  it('has at least 200 pairs, both kinds well represented', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(200);
    expect(same.length).toBeGreaterThanOrEqual(100);
    expect(pairs.length - same.length).toBeGreaterThanOrEqual(100);
  });

  it('merges without asking almost only true duplicates, and proposes almost every true duplicate', () => {
    console.log(
      `dedupe on ${pairs.length} labelled pairs: exact precision ${exactPrecision.toFixed(3)}, proposal recall ${proposalRecall.toFixed(3)} ` +
        `(exact recall ${exactRecall.toFixed(3)}, proposal precision ${proposalPrecision.toFixed(3)})`,
    );
    const wrongExact = exact.filter((j) => !j.pair.same).map((j) => `${j.pair.rule}: ${j.pair.a.name} / ${j.pair.b.name}`);
    const missed = same.filter((j) => j.strength === null).map((j) => `${j.pair.rule}: ${j.pair.a.name} / ${j.pair.b.name}`);
    expect(exactPrecision, wrongExact.join('\n')).toBeGreaterThanOrEqual(0.98);
    expect(proposalRecall, missed.join('\n')).toBeGreaterThanOrEqual(0.98);
  });

  it('never makes one weak field alone an exact match', () => {
    for (const rule of ['same office phone, different names', 'two organizations sharing a switchboard', 'same name, different emails']) {
      const strengths = judged.filter((j) => j.pair.rule === rule).map((j) => j.strength);
      expect(strengths.length).toBeGreaterThan(0);
      expect(strengths.every((s) => s !== 'exact')).toBe(true);
    }
  });
});
