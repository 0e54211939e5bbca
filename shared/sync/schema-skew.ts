// Organizers do not all update the app on the same day. A newer app may give records a field this
// app does not know: the shared state keeps it, this app shows the map without it (its schema would
// refuse the map otherwise), and this app's edits never remove it, since an edit can only remove a
// field the app itself shows. A change that needs more than an extra field carries a newer sync
// format (see SYNC_FORMAT) and is held back, with the map read-only, until the app is updated.
import { journeyShape } from '../journey/schema';
import { stakeholderSchema, tieSchema } from '../schema';
import { RECORD_TABLES, SECTION_TABLE, type SetOp } from './change';
import { ABSENT, type MapLike } from './map-ops';

const KNOWN_FIELDS: Readonly<Record<(typeof RECORD_TABLES)[number], ReadonlySet<string>>> = {
  stakeholders: new Set(Object.keys(stakeholderSchema.shape)),
  ties: new Set(Object.keys(tieSchema.shape)),
};
const KNOWN_SECTIONS = new Set(['format', 'version', 'coalition', ...RECORD_TABLES, ...Object.keys(journeyShape)]);

export interface KnownView {
  /** The map as this app's schema knows it. */
  readonly map: MapLike;
  /** "stakeholders.pronouns", "sections.funders": what a newer app added, kept in the shared map. */
  readonly unknown: readonly string[];
}

export function knownView(map: MapLike): KnownView {
  const unknown = new Set<string>();
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(map)) {
    if (KNOWN_SECTIONS.has(key)) out[key] = value;
    else unknown.add(`sections.${key}`);
  }
  for (const table of RECORD_TABLES) {
    const known = KNOWN_FIELDS[table];
    out[table] = (Array.isArray(map[table]) ? (map[table] as Record<string, unknown>[]) : []).map((item) => {
      const kept: Record<string, unknown> = {};
      for (const [field, value] of Object.entries(item)) {
        if (known.has(field)) kept[field] = value;
        else unknown.add(`${table}.${field}`);
      }
      return kept;
    });
  }
  return { map: out, unknown: [...unknown].sort() };
}

/** Drops writes that would remove a field or section this app does not know (it cannot mean to). */
export function keepUnknown(ops: readonly SetOp[]): SetOp[] {
  return ops.filter((op) => op.value !== ABSENT || isKnown(op));
}

function isKnown(op: SetOp): boolean {
  if (op.table === SECTION_TABLE) return KNOWN_SECTIONS.has(op.id);
  if (op.table === 'stakeholders' || op.table === 'ties') return KNOWN_FIELDS[op.table].has(op.field);
  return true;
}
