// The one field policy every export goes through (PRIV-4, PRIV-10). Writers never look at a raw
// map: they get the redacted one from here, so a format cannot forget a rule.
// - A confidential stakeholder becomes "Confidential stakeholder N" with a placeholder id, and
//   everything that could link back to them is dropped (contact, address, area, role, notes, tags,
//   custom, source, dates, consent, stage, influence), unless the user includes confidential
//   stakeholders in this export. Their ties get placeholder ids and lose dates, reporter, notes
//   and source file; any other free text that names them, by any spelling in mentions.ts, has the
//   name replaced, and a "reported by" that names them is emptied.
// - Sensitive fields of anyone (notes, address, lived experience) are left out unless included.
// - Custom fields (an import's columns with no field of their own) are emptied for everyone unless
//   included: nobody checked what a source sheet's extra column holds (a case number, a shelter).
// - A person's email and phone travel only with an unexpired, recorded consent to be contacted.
//   Consent is a person's (VAWA's "informed, written, reasonably time-limited"): an organization's
//   office contact is not personal data, and an organization is never left out for want of one.
import { confidentialPlaceholder } from '../analysis/context';
import type { MapDocument, Stakeholder, Tie } from '../model';
import { scrubMentions } from '../privacy/erase';
import { compileSpellings, mentions, spellingsOf, wordsOf } from '../privacy/mentions';

export interface ExportPolicyOptions {
  /** Name confidential stakeholders and keep their details (an explicit, per-export choice). */
  readonly includeConfidential: boolean;
  /** Keep notes, addresses and lived experience. */
  readonly includeSensitive: boolean;
  /** Keep custom fields (imported columns with no field of their own); absent means no. */
  readonly includeCustom?: boolean;
  /** The calendar day consent is checked against, YYYY-MM-DD. */
  readonly today: string;
}

export type ConsentStatus = 'current' | 'missing' | 'expired';

/** Stakeholders in a redacted map have every field, but optional sensitive ones may be absent. */
export type ExportStakeholder = Omit<Stakeholder, 'notes' | 'address' | 'livedExperience'> &
  Partial<Pick<Stakeholder, 'notes' | 'address' | 'livedExperience'>>;
export type ExportTie = Omit<Tie, 'notes'> & Partial<Pick<Tie, 'notes'>>;

export interface RedactedMap {
  readonly coalition: MapDocument['coalition'];
  readonly stakeholders: readonly ExportStakeholder[];
  readonly ties: readonly ExportTie[];
  /** Original stakeholder id -> the id the export shows (a placeholder id when redacted). */
  readonly exportedId: ReadonlyMap<string, string>;
  /** Original stakeholder id -> the name the export shows. */
  readonly exportedName: ReadonlyMap<string, string>;
  /** How many confidential stakeholders were replaced by a placeholder. */
  readonly redacted: number;
  /** How many stakeholders lost their email and phone for want of a current consent. */
  readonly contactsWithheld: number;
  /** How many stakeholders (not counting placeholders) had their custom fields left out. */
  readonly customWithheld: number;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function consentStatus(s: Pick<Stakeholder, 'kind' | 'consentUntil'>, today: string): ConsentStatus {
  if (s.kind === 'organization') return 'current';
  if (s.consentUntil === null) return 'missing';
  // ISO calendar days compare correctly as strings; consentUntil is the last day, inclusive.
  return s.consentUntil >= today ? 'current' : 'expired';
}

function placeholderId(ordinal: number, taken: ReadonlySet<string>, prefix = 'confidential'): string {
  let id = `${prefix}-${ordinal}`;
  while (taken.has(id)) id = `${id}-x`;
  return id;
}

/** What a hidden person's name becomes in other people's notes and the like. */
export const HIDDEN_MENTION = '[confidential]';

/** Placeholders and their ties carry the export's day, never a date of their own. */
const neutralStamp = (today: string): string => `${today}T00:00:00.000Z`;

function redactStakeholder(s: Stakeholder, id: string, name: string, stamp: string): Stakeholder {
  return {
    id,
    name,
    kind: s.kind,
    categories: [...s.categories],
    role: '',
    sector: '',
    email: '',
    phone: '',
    address: '',
    area: '',
    services: [...s.services],
    influence: null,
    livedExperience: s.livedExperience,
    confidential: true,
    consentUntil: null,
    stage: 'mapped',
    notes: '',
    tags: [],
    custom: {},
    createdAt: stamp,
    updatedAt: stamp,
  };
}

function withoutSensitive(s: Stakeholder): ExportStakeholder {
  const { notes: _notes, address: _address, livedExperience: _lived, ...rest } = s;
  return rest;
}

/**
 * The spellings of the hidden people: all of them for a "reported by" (emptied on any hit, failing
 * closed); for other free text those of two words or more, as a first name alone would take the
 * same word out of every other name and note ("Maria" of an open "Maria Lopez").
 */
function hiddenSpellings(map: MapDocument, options: Pick<ExportPolicyOptions, 'includeConfidential'>): { all: string[]; inText: string[] } {
  if (options.includeConfidential) return { all: [], inText: [] };
  const all = map.stakeholders.filter((s) => s.confidential).flatMap((s) => spellingsOf(s).map((sp) => sp.text));
  return { all, inText: all.filter((sp) => wordsOf(sp).length >= 2) };
}

/** A hidden tie keeps its type, ends, strength, trust and weight; nothing else of it travels. */
function redactTie(t: Tie, id: string, source: string, target: string, stamp: string): Tie {
  const { source_map: _file, ...rest } = t;
  return { ...rest, id, source, target, reportedBy: '', reportedAt: null, notes: '', createdAt: stamp, updatedAt: stamp };
}

/**
 * The map with hidden people's names replaced in every free text (mission, notes, minutes…), for
 * what shows the map's own texts outside the window: every export, and the printed brief.
 */
export function withoutHiddenMentions(map: MapDocument, options: Pick<ExportPolicyOptions, 'includeConfidential'>): MapDocument {
  return scrubMentions(map, hiddenSpellings(map, options).inText, HIDDEN_MENTION).map;
}

export function redactMap(input: MapDocument, options: ExportPolicyOptions): RedactedMap {
  if (!DATE.test(options.today)) throw new Error(`export: "today" must be a date written YYYY-MM-DD, got "${options.today}"`);
  const hiddenMatcher = compileSpellings(hiddenSpellings(input, options).all);
  const map = withoutHiddenMentions(input, options);
  const stamp = neutralStamp(options.today);
  const taken = new Set(map.stakeholders.map((s) => s.id));
  const takenTies = new Set(map.ties.map((t) => t.id));
  const exportedId = new Map<string, string>();
  const exportedName = new Map<string, string>();
  let ordinal = 0;
  let tieOrdinal = 0;
  let contactsWithheld = 0;
  let customWithheld = 0;
  const stakeholders = map.stakeholders.map((original) => {
    let s = original;
    // Numbered in map order, as the analysis numbers them, so both show the same placeholder.
    if (s.confidential && !options.includeConfidential) {
      ordinal += 1;
      s = redactStakeholder(s, placeholderId(ordinal, taken), confidentialPlaceholder(ordinal), stamp);
    }
    if ((s.email !== '' || s.phone !== '') && consentStatus(s, options.today) !== 'current') {
      contactsWithheld += 1;
      s = { ...s, email: '', phone: '' };
    }
    // Fails closed: only an explicit `true` keeps them.
    if (options.includeCustom !== true && Object.keys(s.custom).length > 0) {
      customWithheld += 1;
      s = { ...s, custom: {} };
    }
    exportedId.set(original.id, s.id);
    exportedName.set(original.id, s.name);
    return options.includeSensitive ? s : withoutSensitive(s);
  });
  const touchesHidden = (t: Tie): boolean => exportedId.get(t.source) !== t.source || exportedId.get(t.target) !== t.target;
  // Read the reporter from the original tie: the scrubbed one may keep the rest of a name ("Maria [confidential]").
  const reporters = new Map(input.ties.map((t) => [t.id, t.reportedBy]));
  const ties = map.ties.map((t): ExportTie => {
    const source = exportedId.get(t.source) ?? t.source;
    const target = exportedId.get(t.target) ?? t.target;
    const tie: Tie = touchesHidden(t)
      ? redactTie(t, placeholderId(++tieOrdinal, takenTies, 'confidential-tie'), source, target, stamp)
      : // A hidden person as reporter, under any spelling, could identify them.
        { ...t, reportedBy: mentions(reporters.get(t.id) ?? '', hiddenMatcher) ? '' : t.reportedBy };
    if (options.includeSensitive) return tie;
    const { notes: _notes, ...rest } = tie;
    return rest;
  });
  const anchorId = map.coalition.anchorId === null ? null : (exportedId.get(map.coalition.anchorId) ?? null);
  return {
    coalition: { ...map.coalition, anchorId },
    stakeholders,
    ties,
    exportedId,
    exportedName,
    redacted: ordinal,
    contactsWithheld,
    customWithheld,
  };
}

/** Why people were left out of a contact list: counts of people only, never who. */
export interface ConsentOmissions {
  readonly missingConsent: number;
  readonly expiredConsent: number;
}

/** Keeps the items whose stakeholder may be contacted today; a person listed twice counts once. */
export function filterByConsent<T>(
  items: readonly T[],
  stakeholderOf: (item: T) => Pick<Stakeholder, 'id' | 'kind' | 'consentUntil'>,
  today: string,
): { kept: T[]; omitted: ConsentOmissions } {
  const kept: T[] = [];
  const missing = new Set<string>();
  const expired = new Set<string>();
  for (const item of items) {
    const s = stakeholderOf(item);
    const status = consentStatus(s, today);
    if (status === 'current') kept.push(item);
    else (status === 'missing' ? missing : expired).add(s.id);
  }
  return { kept, omitted: { missingConsent: missing.size, expiredConsent: expired.size } };
}
