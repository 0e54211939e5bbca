// Which stakeholders of an incoming map (or import) are probably already on the base map.
// Exact matches are safe to merge without asking; near ("possible") matches are only ever proposed.
// Exact needs the same kind and two things agreeing: the same name with no email or phone saying
// otherwise, or the same email or phone AND a name that is the same or close. One weak field alone
// (a shared office phone, a shared front-desk email, a name shared by two people with different
// emails) is only possible. test/unit/exchange/dedupe-precision.test.ts holds it to a labelled set.
// Reasons are plain words without names, so they can be shown even for confidential records.
import type { Stakeholder } from '../model';
import {
  allowedTypos,
  comparePhones,
  editDistance,
  emailKey,
  matchWords,
  phoneBucket,
  phoneKey,
  wordsContained,
  type PhoneKey,
} from './name-normalize';

export type MatchStrength = 'exact' | 'near';

export interface DuplicateMatch {
  readonly baseId: string;
  readonly incomingId: string;
  readonly strength: MatchStrength;
  /** Why the two look alike, in plain words and without names; the strongest reason first. */
  readonly reasons: readonly string[];
}

interface Prepared {
  readonly stakeholder: Stakeholder;
  readonly key: string;
  readonly words: readonly string[];
  readonly email: string;
  readonly phone: PhoneKey | null;
}

/**
 * A word or word start shared by more names than this ("the", "center", a common first name) says
 * nothing about who is who; such names still meet through their rarer words and word starts.
 */
const MAX_BLOCK_SIZE = 300;
const KIND_DIFFERS = 'but one is a person and the other an organization';

function prepare(s: Stakeholder): Prepared {
  const words = matchWords(s.name);
  return { stakeholder: s, words, key: [...words].sort().join(' '), email: emailKey(s.email), phone: phoneKey(s.phone) };
}

/** Name blocks: whole words and three-letter word starts, so one typo per word still meets. */
function blockKeys(p: Prepared): string[] {
  const keys = new Set<string>();
  for (const w of p.words) {
    keys.add(`w:${w}`);
    if (w.length >= 3) keys.add(`p:${w.slice(0, 3)}`);
  }
  return [...keys];
}

function push<K>(index: Map<K, number[]>, key: K, value: number): void {
  const list = index.get(key);
  if (list) list.push(value);
  else index.set(key, [value]);
}

class BaseIndex {
  readonly byEmail = new Map<string, number[]>();
  readonly byPhone = new Map<string, number[]>();
  readonly byName = new Map<string, number[]>();
  readonly byBlock = new Map<string, number[]>();

  constructor(readonly entries: readonly Prepared[]) {
    entries.forEach((p, i) => {
      if (p.email !== '') push(this.byEmail, p.email, i);
      if (p.phone) push(this.byPhone, phoneBucket(p.phone), i);
      if (p.key !== '') push(this.byName, p.key, i);
      for (const k of blockKeys(p)) push(this.byBlock, k, i);
    });
  }

  candidates(p: Prepared): Set<number> {
    const found = new Set<number>();
    const add = (list: readonly number[] | undefined) => list?.forEach((i) => found.add(i));
    if (p.email !== '') add(this.byEmail.get(p.email));
    if (p.phone) add(this.byPhone.get(phoneBucket(p.phone)));
    if (p.key !== '') add(this.byName.get(p.key));
    for (const k of blockKeys(p)) {
      const block = this.byBlock.get(k);
      if (block && block.length <= MAX_BLOCK_SIZE) add(block);
    }
    return found;
  }
}

/**
 * Words both names have are set aside before counting typos, so "Eastside Community Center" and
 * "Westside Community Center" are judged on "eastside"/"westside" alone (two letters off: no match)
 * rather than on the whole name, where two letters would pass.
 */
function typoDistance(a: Prepared, b: Prepared): number | null {
  const restA = [...a.words];
  const restB: string[] = [];
  for (const w of b.words) {
    const at = restA.indexOf(w);
    if (at >= 0) restA.splice(at, 1);
    else restB.push(w);
  }
  if (restA.length === 0 || restB.length === 0) return null;
  const left = restA.sort().join(' ');
  const right = restB.sort().join(' ');
  const allowed = allowedTypos(left.length <= right.length ? left : right, restA.length < a.words.length);
  if (allowed === 0) return null;
  const distance = editDistance(left, right, allowed);
  return distance > allowed ? null : distance;
}

function nearNameReason(a: Prepared, b: Prepared): string | null {
  if (wordsContained(a.words, b.words) || wordsContained(b.words, a.words)) return 'every word of the shorter name is in the other one (initials count)';
  const distance = typoDistance(a, b);
  if (distance === null) return null;
  return `the names differ by ${distance === 1 ? 'one letter' : `${distance} letters`}`;
}

type NameRelation = 'same' | 'near' | 'none';

function nameRelation(base: Prepared, incoming: Prepared): { relation: NameRelation; reason: string | null } {
  if (base.key === '' || incoming.key === '') return { relation: 'none', reason: null };
  if (base.key === incoming.key) return { relation: 'same', reason: 'same name once case, accents, titles, punctuation and word order are set aside' };
  const reason = nearNameReason(base, incoming);
  return reason ? { relation: 'near', reason } : { relation: 'none', reason: null };
}

/** Every reason the pair looks alike, split into those that make it exact and those that do not. */
function compare(base: Prepared, incoming: Prepared): { exact: string[]; near: string[] } {
  const sameKind = base.stakeholder.kind === incoming.stakeholder.kind;
  const reasons: string[] = [];
  const sameEmail = base.email !== '' && base.email === incoming.email;
  const otherEmail = base.email !== '' && incoming.email !== '' && !sameEmail;
  if (sameEmail) reasons.push('same email address');
  const phones = base.phone && incoming.phone ? comparePhones(base.phone, incoming.phone) : null;
  const otherPhone = base.phone !== null && incoming.phone !== null && phones === null;
  if (phones === 'same') reasons.push('same phone number');
  else if (phones === 'country-code') reasons.push('same phone number (written once with a country code)');
  const name = nameRelation(base, incoming);
  if (name.reason) reasons.push(name.reason);
  if (reasons.length === 0) return { exact: [], near: [] };
  if (!sameKind) return { exact: [], near: reasons.map((r) => `${r}, ${KIND_DIFFERS}`) };
  const exact =
    (name.relation === 'same' && !otherEmail && !otherPhone) ||
    (sameEmail && name.relation !== 'none') ||
    (phones !== null && name.relation !== 'none' && !otherEmail);
  if (exact) return { exact: reasons, near: [] };
  if (otherEmail) reasons.push('but their email addresses differ');
  else if (otherPhone && name.relation === 'same') reasons.push('but their phone numbers differ');
  if (name.relation === 'none') reasons.push('but their names are not alike');
  return { exact: [], near: reasons };
}

/**
 * Pairs (base stakeholder, incoming stakeholder) that may be the same person or organization, each
 * with its reasons: exact when two things agree (see the top of this file) and both are the same
 * kind; near otherwise (a typo, a missing middle name, one shared contact, a different kind).
 * Exact matches come first, then near ones, each in the incoming list's order.
 */
export function findDuplicates(base: readonly Stakeholder[], incoming: readonly Stakeholder[]): DuplicateMatch[] {
  const index = new BaseIndex(base.map(prepare));
  const exact: DuplicateMatch[] = [];
  const near: DuplicateMatch[] = [];
  for (const stakeholder of incoming) {
    const p = prepare(stakeholder);
    const candidates = [...index.candidates(p)].sort((x, y) => x - y);
    for (const i of candidates) {
      const b = index.entries[i];
      if (!b) continue;
      const reasons = compare(b, p);
      const match = { baseId: b.stakeholder.id, incomingId: stakeholder.id, reasons: reasons.exact.length > 0 ? reasons.exact : reasons.near };
      if (reasons.exact.length > 0) exact.push({ ...match, strength: 'exact' });
      else if (reasons.near.length > 0) near.push({ ...match, strength: 'near' });
    }
  }
  return [...exact, ...near];
}
