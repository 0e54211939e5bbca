// Erasing people from a map leaves no trace of them: their record, ties and journey places go (as
// removeStakeholder does), and every mention of them in free text goes too. Certain spellings are
// always scrubbed; uncertain ones (a first name alone, an initial) only when the person erasing
// chose them. The same function serves the map and every backup generation, where each
// generation's own record of the person adds the spellings it held then (a name changed since).
import { removeStakeholder } from '../edits';
import type { MapDocument } from '../model';
import { compileSpellings, matchSpans, scrubText, SCRUBBED, spellingsOf, type Spelling } from './mentions';
import { mapTexts } from './text-fields';

export interface FoundMention {
  readonly place: string;
  readonly spelling: string;
}

export interface MentionsFound {
  /** Mentions by a certain spelling: scrubbed with the erase. */
  readonly certain: readonly FoundMention[];
  /** Mentions the person erasing must decide about, by spelling. */
  readonly uncertain: readonly FoundMention[];
}

/** Where `spellings` occur in the map's free text; uncertain ones are looked for once certain ones are gone. */
export function findMentions(map: MapDocument, spellings: readonly Spelling[]): MentionsFound {
  const isCertain = new Map(spellings.map((s) => [s.text, s.certain]));
  const matcher = compileSpellings(spellings.map((s) => s.text));
  const certain: FoundMention[] = [];
  const uncertain: FoundMention[] = [];
  mapTexts(map, (text, place) => {
    const found = new Set(matchSpans(text, matcher).map((span) => span.spelling));
    for (const spelling of found) (isCertain.get(spelling) === true ? certain : uncertain).push({ place, spelling });
    return text;
  });
  return { certain, uncertain };
}

/** The map with every mention by `spellings` replaced; a "reported by" naming only them is emptied. */
export function scrubMentions(map: MapDocument, spellings: readonly string[], replacement = SCRUBBED): { map: MapDocument; scrubbed: number } {
  if (spellings.length === 0) return { map, scrubbed: 0 };
  const matcher = compileSpellings(spellings);
  let scrubbed = 0;
  const next = mapTexts(map, (text, _place, field) => {
    if (text === '') return text;
    const out = scrubText(text, matcher, replacement);
    if (out === text) return text;
    scrubbed += 1;
    // A reporter field that named only them keeps no marker that someone was erased.
    return field === 'reportedBy' && out.replace(replacement, '').trim() === '' ? '' : out;
  });
  return { map: scrubbed === 0 ? map : next, scrubbed };
}

/**
 * Snapshots keep the ids of members and core members as they were; an id can be a name (imports
 * keep a sheet's or graph's own ids), so an erase takes the erased ids out of every snapshot too.
 * Counts stay: they name no one.
 */
function forgetInSnapshots(map: MapDocument, ids: ReadonlySet<string>): { map: MapDocument; changed: boolean } {
  let changed = false;
  const keep = (list: readonly string[]): string[] => {
    const kept = list.filter((id) => !ids.has(id));
    if (kept.length !== list.length) changed = true;
    return kept;
  };
  const snapshots = map.snapshots.map((snap) => {
    const f = snap.figures;
    const tieKeys = f.tieKeys === null ? null : f.tieKeys.filter(([a, b]) => !ids.has(a) && !ids.has(b));
    if (tieKeys !== null && f.tieKeys !== null && tieKeys.length !== f.tieKeys.length) changed = true;
    const membersByCategory = Object.fromEntries(Object.entries(f.membersByCategory).map(([c, list]) => [c, keep(list)])) as typeof f.membersByCategory;
    return { ...snap, figures: { ...f, memberIds: keep(f.memberIds), coreIds: keep(f.coreIds), membersByCategory, tieKeys } };
  });
  return changed ? { map: { ...map, snapshots }, changed } : { map, changed };
}

/**
 * The map without the stakeholders of `ids` and without their mentions: `spellings` (the ones the
 * erase was asked for) plus the certain spellings of each of them as this map writes them.
 * Their ids leave the snapshots too. Null when the map holds none of them, no mention and no id.
 */
export function erasePeople(map: MapDocument, ids: ReadonlySet<string>, spellings: readonly string[]): MapDocument | null {
  const gone = map.stakeholders.filter((s) => ids.has(s.id));
  const own = gone.flatMap((s) => spellingsOf(s).filter((sp) => sp.certain).map((sp) => sp.text));
  const removed = gone.reduce((m, s) => removeStakeholder(m, s.id), map);
  const { map: scrubbed, scrubbed: count } = scrubMentions(removed, [...spellings, ...own]);
  const forgotten = forgetInSnapshots(scrubbed, ids);
  return gone.length === 0 && count === 0 && !forgotten.changed ? null : forgotten.map;
}
