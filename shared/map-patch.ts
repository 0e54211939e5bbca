// A save that sends only what an edit changed. Edits build the next map from the last one and keep
// every untouched stakeholder, tie and section as the very same object, so comparing references
// finds the change in one pass. On a 20,000-stakeholder map the whole document costs the window's
// thread about 200 ms to hand over (a structured clone); the patch of one edit costs nothing.
// The Node side applies the patch to the map it last saved and validates the result as a whole,
// exactly as it validates a full save.
import { z } from 'zod';
import { journeyShape } from './journey/schema';
import type { MapDocument, Stakeholder, Tie } from './model';
import { coalitionSchema, stakeholderSchema, tieSchema } from './schema';
import { savedViewsSchema } from './views';

export interface ListPatch<T> {
  /** Changed items (by id, kept in place) and new ones (added at the end, in this order). */
  readonly upsert: T[];
  readonly remove: string[];
}

type Sections = Omit<MapDocument, 'format' | 'version' | 'stakeholders' | 'ties'>;

export interface MapPatch {
  readonly stakeholders: ListPatch<Stakeholder>;
  readonly ties: ListPatch<Tie>;
  /** The other sections that changed, whole. */
  readonly sections: Partial<Sections>;
}

/** Beyond this many changed items a patch saves little, and a full save is simpler to trust. */
export const MAX_PATCH_ITEMS = 2_000;

/**
 * How the Node side's refusal of a patch made against an older save begins. Errors cross IPC as
 * their message alone, so the window recognises this one by it and saves the whole map instead.
 */
export const STALE_PATCH_MESSAGE = 'stale: the map was saved again since this change was made.';

const listPatchSchema = <T extends z.ZodType>(item: T) =>
  z.strictObject({ upsert: z.array(item).max(MAX_PATCH_ITEMS), remove: z.array(z.string().min(1).max(200)).max(MAX_PATCH_ITEMS) });

/**
 * Every section optional and without its default: a section the patch leaves out must stay as it
 * is on disk, never come back as the schema's empty default.
 */
const sectionsShape = Object.fromEntries(
  Object.entries(journeyShape).map(([key, schema]) => [key, (schema instanceof z.ZodDefault ? (schema.unwrap() as z.ZodType) : schema).optional()]),
) as { [K in keyof typeof journeyShape]: z.ZodOptional<z.ZodType<z.output<(typeof journeyShape)[K]>>> };

export const mapPatchSchema = z.strictObject({
  stakeholders: listPatchSchema(stakeholderSchema),
  ties: listPatchSchema(tieSchema),
  sections: z.strictObject({ coalition: coalitionSchema.optional(), ...sectionsShape, views: savedViewsSchema.optional() }),
});

/**
 * The change of one list, or null when it cannot be said as upserts and removals: items kept
 * must stay in their order, and new ones may only come at the end.
 */
function diffList<T extends { readonly id: string }>(before: readonly T[], after: readonly T[]): ListPatch<T> | null {
  if (before === after) return { upsert: [], remove: [] };
  const afterIds = new Set(after.map((item) => item.id));
  const remove = before.filter((item) => !afterIds.has(item.id)).map((item) => item.id);
  const kept = before.filter((item) => afterIds.has(item.id));
  const upsert: T[] = [];
  for (let i = 0; i < after.length; i += 1) {
    const item = after[i]!;
    if (i < kept.length) {
      if (kept[i]!.id !== item.id) return null;
      if (kept[i] !== item) upsert.push(item);
    } else {
      upsert.push(item);
    }
  }
  return { upsert, remove };
}

/**
 * What changed from `before` to `after`; null when a full save is the better way to say it (or it
 * has more than `maxItems` items: map-patch-parts.ts sends bigger changes in parts).
 */
export function diffMaps(before: MapDocument, after: MapDocument, maxItems: number = MAX_PATCH_ITEMS): MapPatch | null {
  if (before.format !== after.format || before.version !== after.version) return null;
  const stakeholders = diffList(before.stakeholders, after.stakeholders);
  const ties = diffList(before.ties, after.ties);
  if (!stakeholders || !ties) return null;
  const items = stakeholders.upsert.length + stakeholders.remove.length + ties.upsert.length + ties.remove.length;
  if (items > maxItems) return null;
  const sections: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof MapDocument)[]) {
    if (key === 'format' || key === 'version' || key === 'stakeholders' || key === 'ties') continue;
    if (before[key] === after[key]) continue;
    // A section set to undefined cannot travel as JSON; the whole map says it plainly.
    if (after[key] === undefined) return null;
    sections[key] = after[key];
  }
  if (Object.keys(before).some((key) => !(key in after))) return null;
  return { stakeholders, ties, sections: sections as Partial<Sections> };
}

function applyList<T extends { readonly id: string }>(items: readonly T[], patch: ListPatch<T>, what: string): T[] {
  const removed = new Set(patch.remove);
  const byId = new Map(patch.upsert.map((item) => [item.id, item]));
  const present = new Set(items.map((item) => item.id));
  for (const id of removed) if (!present.has(id)) throw new Error(`the change removes ${what} "${id}", which the saved map does not have`);
  const result = items.filter((item) => !removed.has(item.id)).map((item) => byId.get(item.id) ?? item);
  for (const item of patch.upsert) if (!present.has(item.id) || removed.has(item.id)) result.push(item);
  return result;
}

/** The map `patch` describes, built on `base`; the caller validates it before writing. */
export function applyMapPatch(base: MapDocument, patch: MapPatch): MapDocument {
  return {
    ...base,
    ...patch.sections,
    stakeholders: applyList(base.stakeholders, patch.stakeholders, 'stakeholder'),
    ties: applyList(base.ties, patch.ties, 'tie'),
  };
}
