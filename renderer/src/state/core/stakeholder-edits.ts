// Edits the panel makes, composed from shared/edits so one user action is one save and one undo step.
import {
  addStakeholder,
  updateCoalition,
  updateStakeholder,
  type EditContext,
  type StakeholderDraft,
} from '../../../../shared/edits';
import type { MapDocument, Stakeholder } from '../../../../shared/model';

export interface SavedStakeholder {
  readonly map: MapDocument;
  readonly id: string;
}

/** Adds (id null) or updates a stakeholder and sets or clears it as the anchor organization. */
export function saveStakeholder(
  map: MapDocument,
  id: string | null,
  draft: StakeholderDraft,
  isAnchor: boolean,
  ctx: EditContext,
): SavedStakeholder {
  // The form's copy of the position may be stale (the node was dragged while the form was open);
  // the map owns positions, so an update never writes one.
  const { position: _stale, ...changes } = draft;
  const saved = id === null ? addStakeholder(map, draft, ctx) : { map: updateStakeholder(map, id, changes, ctx), id };
  const anchorId = saved.map.coalition.anchorId;
  const wantAnchor = isAnchor && draft.kind === 'organization';
  if (wantAnchor && anchorId !== saved.id) return { map: updateCoalition(saved.map, { anchorId: saved.id }), id: saved.id };
  if (!wantAnchor && anchorId === saved.id) return { map: updateCoalition(saved.map, { anchorId: null }), id: saved.id };
  return saved;
}

export type Positions = ReadonlyMap<string, { readonly x: number; readonly y: number }>;

/**
 * Stores where the map placed nodes. Moving a node is not a change to who the stakeholder is, so
 * updatedAt is left alone; stakeholders whose position did not change keep their identity.
 */
export function setPositions(map: MapDocument, positions: Positions): MapDocument {
  let changed = false;
  const stakeholders = map.stakeholders.map((s): Stakeholder => {
    const p = positions.get(s.id);
    if (!p || (s.position && s.position.x === p.x && s.position.y === p.y)) return s;
    changed = true;
    return { ...s, position: { x: p.x, y: p.y } };
  });
  return changed ? { ...map, stakeholders } : map;
}

/** A blank stakeholder for the "Add stakeholder" form. */
export function blankDraft(): StakeholderDraft {
  return {
    name: '',
    kind: 'person',
    categories: [],
    role: '',
    sector: '',
    email: '',
    phone: '',
    address: '',
    area: '',
    services: [],
    influence: null,
    livedExperience: false,
    confidential: false,
    consentUntil: null,
    stage: 'mapped',
    notes: '',
    tags: [],
    custom: {},
  };
}

/** The editable part of an existing stakeholder. */
export function draftOf(s: Stakeholder): StakeholderDraft {
  const { id: _id, createdAt: _c, updatedAt: _u, ...draft } = s;
  return draft;
}
