// Typed work not yet saved, kept per record so nothing typed is lost when the user looks elsewhere:
// the stakeholder panel's form (keyed by stakeholder id, or NEW_DRAFT for "Add stakeholder") and
// the journey's step notes (keyed by step id). Plain data in the window's memory only: never
// written to local storage, since it may hold a survivor's details.
import type { StakeholderDraft } from '../../../../shared/edits';
import type { MapDocument, Stakeholder } from '../../../../shared/model';
import { draftOf } from './stakeholder-edits';

/** The key of the "Add stakeholder" form's draft (no stakeholder id exists yet). */
export const NEW_DRAFT = '(new)';

/** What the panel form holds: the fields, the tags as typed, and the anchor box. */
export interface PanelDraft {
  readonly draft: StakeholderDraft;
  readonly tagsText: string;
  readonly anchor: boolean;
}

export interface Drafts {
  readonly stakeholders: Readonly<Record<string, PanelDraft>>;
  readonly notes: Readonly<Record<string, string>>;
}

export const noDrafts: Drafts = { stakeholders: {}, notes: {} };

/** Tags as the form's one text box gives them: comma separated, trimmed, each once. */
export function parseTags(text: string): string[] {
  return [...new Set(text.split(',').map((t) => t.trim()).filter((t) => t !== ''))];
}

/** The form's starting state for a stakeholder (or for a blank new one). */
export function panelDraftOf(s: Stakeholder | null, blank: StakeholderDraft, isAnchor: boolean): PanelDraft {
  const draft = s ? draftOf(s) : blank;
  return { draft, tagsText: draft.tags.join(', '), anchor: isAnchor };
}

/** The draft as the form would save it. */
export function toSaved(entry: PanelDraft): { readonly draft: StakeholderDraft; readonly anchor: boolean } {
  return { draft: { ...entry.draft, name: entry.draft.name.trim(), tags: parseTags(entry.tagsText) }, anchor: entry.anchor };
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Whether the draft says something the record does not. Positions are the map's business (a node
 * dragged while the form is open is not an edit of the form), so they are left out.
 */
export function differsFrom(entry: PanelDraft, map: MapDocument, id: string): boolean {
  const record = map.stakeholders.find((s) => s.id === id);
  if (!record) return false;
  const { position: _a, ...typed } = toSaved(entry).draft;
  const { position: _b, ...stored } = draftOf(record);
  const order = (d: typeof typed) => Object.fromEntries(Object.entries(d).sort(([x], [y]) => x.localeCompare(y)));
  return !sameValue(order(typed), order(stored)) || entry.anchor !== (map.coalition.anchorId === id);
}

/** A new stakeholder's draft is worth keeping once anything was typed into it. */
export function newDraftHasContent(entry: PanelDraft, blank: StakeholderDraft): boolean {
  return !sameValue({ ...entry.draft, position: undefined }, { ...blank, position: undefined }) || entry.tagsText.trim() !== '' || entry.anchor;
}

export function withStakeholderDraft(drafts: Drafts, key: string, entry: PanelDraft | null): Drafts {
  const { [key]: _old, ...rest } = drafts.stakeholders;
  return { ...drafts, stakeholders: entry === null ? rest : { ...rest, [key]: entry } };
}

export function withNoteDraft(drafts: Drafts, key: string, text: string | null): Drafts {
  const { [key]: _old, ...rest } = drafts.notes;
  return { ...drafts, notes: text === null ? rest : { ...rest, [key]: text } };
}

/** True while anything typed is not on disk: closing the window must ask first. */
export function hasUnsavedWork(drafts: Drafts): boolean {
  return Object.keys(drafts.stakeholders).length > 0 || Object.keys(drafts.notes).length > 0;
}
