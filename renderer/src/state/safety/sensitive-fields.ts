// "Hide sensitive fields on screen", as pure functions: notes, email, phone, address, a person's
// area and lived experience are blanked in the map the views see (tie notes too, as exports treat
// them), their values are scrubbed out of other text (insights, notices), and a save from a form
// that showed blanks keeps the real values instead of erasing them.
import type { MapDocument, Stakeholder, Tie } from '../../../../shared/model';
import { createReplacementScrub, type Scrub } from './presentation';

export const SENSITIVE_FIELDS = ['notes', 'email', 'phone', 'address', 'area', 'livedExperience'] as const;
export type SensitiveField = (typeof SENSITIVE_FIELDS)[number];

/** What a hidden field shows instead of its value. */
export const HIDDEN_FIELD_TEXT = 'hidden';
const HIDDEN_IN_TEXT = '[hidden]';
/** Shorter contact values would blank ordinary words; notes shorter than this are not searched for. */
const MIN_CONTACT_LENGTH = 3;
const MIN_NOTES_LENGTH = 12;

/** An organization's area is the area it serves (public); a person's area says where they are. */
export function hiddenFieldsOf(kind: Stakeholder['kind']): ReadonlySet<SensitiveField> {
  return new Set(SENSITIVE_FIELDS.filter((f) => f !== 'area' || kind === 'person'));
}

function blanked(s: Stakeholder): Stakeholder {
  return { ...s, notes: '', email: '', phone: '', address: '', area: s.kind === 'person' ? '' : s.area, livedExperience: false };
}

/** Replaces every sensitive value found in any other text (a recruitment contact, a notice). */
export function createSensitiveScrub(map: MapDocument): Scrub {
  const replacements = new Map<string, string>();
  const add = (value: string, min: number): void => {
    const key = value.trim().toLowerCase();
    if (key.length >= min) replacements.set(key, HIDDEN_IN_TEXT);
  };
  for (const s of map.stakeholders) {
    for (const contact of [s.email, s.phone, s.address]) add(contact, MIN_CONTACT_LENGTH);
    add(s.notes, MIN_NOTES_LENGTH);
  }
  for (const t of map.ties) add(t.notes, MIN_NOTES_LENGTH);
  return createReplacementScrub(replacements);
}

/**
 * The map as shown with sensitive fields hidden: same ids and shape, those fields empty, and their
 * values scrubbed from the map's other text (meeting minutes, the profile).
 */
export function hideSensitiveFields(map: MapDocument, scrub: Scrub = createSensitiveScrub(map)): MapDocument {
  const { stakeholders, ties, ...rest } = map;
  return {
    ...scrub(rest),
    stakeholders: stakeholders.map(blanked),
    ties: ties.map((t): Tie => (t.notes === '' ? t : { ...t, notes: '' })),
  };
}

/**
 * A form that showed blanks must not save them: the real stakeholder's sensitive values go back
 * into the draft (a new stakeholder has none, so its draft is left as typed, with those fields empty).
 */
export function keepHiddenFields<D extends Pick<Stakeholder, SensitiveField | 'kind'>>(draft: D, real: Stakeholder | undefined): D {
  if (!real) return draft;
  const kept = { ...draft, notes: real.notes, email: real.email, phone: real.phone, address: real.address, livedExperience: real.livedExperience };
  // A person's area was hidden; an organization's area was shown and may have been edited.
  return real.kind === 'person' ? { ...kept, area: real.area } : kept;
}

/** Tie changes from a form that showed blank notes keep the real notes. */
export function withoutHiddenTieNotes<C extends { readonly notes?: string }>(changes: C): Omit<C, 'notes'> {
  const { notes: _notes, ...rest } = changes;
  return rest;
}
