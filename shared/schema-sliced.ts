// The map document's check in slices of records, with a pause between them, so the thread that
// opens a big map can answer other work meanwhile (the app's main process serves the window's own
// script while the last map opens: one 150 ms check of 80,000 records kept it waiting). The answer is
// always the whole-document check's: a valid document comes out exactly as mapDocumentSchema gives
// it (each record's check depends on that record alone), and anything that fails a slice or the
// document's own rules is checked again whole, so a problem is described exactly as before.
import { z } from 'zod';
import type { Stakeholder, Tie } from './model';
import { mapDocumentIssues, mapDocumentSchema, mapDocumentShape, stakeholderSchema, tieSchema } from './schema';

/** Records checked between two pauses: about 10 to 20 ms of work each at 20,000 stakeholders. */
export const SLICE_RECORDS = 2_000;

/** The document's fields and rules around records already checked (their lists' lengths still are). */
const aroundCheckedRecords = z
  .strictObject({
    ...mapDocumentShape,
    stakeholders: z.array(z.custom<Stakeholder>()).max(200_000),
    ties: z.array(z.custom<Tie>()).max(1_000_000),
  })
  .superRefine(mapDocumentIssues);

type Parsed = ReturnType<typeof mapDocumentSchema.safeParse>;

/** Each record of `list` checked by `record`, a slice at a time; null when it is no list or one record fails. */
async function checkInSlices<T>(list: unknown, record: z.ZodType<T>, pause: () => Promise<void>, slice: number): Promise<T[] | null> {
  if (!Array.isArray(list)) return null;
  const slices = z.array(record);
  const checked: T[] = [];
  for (let start = 0; start < list.length; start += slice) {
    const part = slices.safeParse(list.slice(start, start + slice));
    if (!part.success) return null;
    for (const item of part.data) checked.push(item);
    await pause();
  }
  return checked;
}

/** mapDocumentSchema.safeParse(value), with `pause()` awaited after each slice of `slice` records. */
export async function parseMapDocumentInSlices(value: unknown, pause: () => Promise<void>, slice = SLICE_RECORDS): Promise<Parsed> {
  const whole = (): Parsed => mapDocumentSchema.safeParse(value);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return whole();
  const doc = value as Record<string, unknown>;
  const stakeholders = await checkInSlices(doc.stakeholders, stakeholderSchema, pause, slice);
  if (stakeholders === null) return whole();
  const ties = await checkInSlices(doc.ties, tieSchema, pause, slice);
  if (ties === null) return whole();
  const rest = aroundCheckedRecords.safeParse({ ...doc, stakeholders, ties });
  return rest.success ? (rest as Parsed) : whole();
}
