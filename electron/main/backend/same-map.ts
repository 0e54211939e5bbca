// Whether the others' changes, merged into the open map, leave it as it is (as after a restart,
// when the map file already holds them all). Checking the whole merged map at once (its schema,
// then both maps as JSON) is about half a second of the main process's CPU in one stretch at 20,000
// stakeholders; here it goes a record at a time, with `pause` between (sync/slices.ts), and a
// record equal as it stands (an absent field as undefined) skips its schema check.
//
// Sound because `saved` is a checked map (the schema's own output): a merged record equal to the
// saved one checks to the same thing, and the whole map checks to what each of its fields checks
// to, plus the cross-record rules, which the saved map already passes.
import { z } from 'zod';
import { mapDocumentSchema } from '../../../shared/schema';
import type { Pause } from '../sync/slices';

const shape: Readonly<Record<string, z.ZodType>> = mapDocumentSchema.shape;

/** True when `merged`, checked by the map's schema, is exactly `saved` (key order aside); false when it differs or does not check. */
export async function sameAsSaved(merged: Readonly<Record<string, unknown>>, saved: Readonly<Record<string, unknown>>, pause: Pause): Promise<boolean> {
  for (const key of new Set([...Object.keys(merged), ...Object.keys(saved)])) {
    const schema = shape[key];
    if (schema === undefined) return false; // a field the map does not have: the whole check says why
    const [ours, theirs] = [merged[key], saved[key]];
    const element = schema instanceof z.ZodArray ? (schema.element as z.ZodType) : null;
    if (element === null || !Array.isArray(ours) || !Array.isArray(theirs)) {
      if (!sameChecked(schema, ours, theirs)) return false;
      continue;
    }
    if (ours.length !== theirs.length) return false;
    for (let i = 0; i < ours.length; i += 1) {
      await pause();
      if (!sameChecked(element, ours[i], theirs[i])) return false;
    }
  }
  return true;
}

function sameChecked(schema: z.ZodType, merged: unknown, saved: unknown): boolean {
  if (sameValue(merged, saved)) return true;
  const checked = schema.safeParse(merged);
  return checked.success && JSON.stringify(checked.data) === JSON.stringify(saved);
}

/** Deep equality of JSON-like values, key order aside, an absent key the same as one set to undefined. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  for (const key of new Set([...Object.keys(x), ...Object.keys(y)])) if (!sameValue(x[key], y[key])) return false;
  return true;
}
