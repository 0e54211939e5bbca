// This device's sync file: every sealed change it knows, which of its own are still to send, which
// were refused and which wait for a newer app. Sealed only, so no plaintext is left in the outbox.
// It is a journal, one JSON line per event, appended and flushed to disk before an edit is
// acknowledged: an edit costs one short append, not a rewrite of a history that reaches a hundred
// megabytes on a 20,000-stakeholder map. A line torn by a crash is the last one, for an event never
// acknowledged; it is dropped (and the file rewritten without it) when the file is next opened.
// Once a verified snapshot kept beside the file (the base, compactor.ts) covers other members'
// changes, the file is rewritten without them (shortenSyncFile): only their ids stay, so they are
// not fetched again. Appends and rewrites of one file take turns, so no appended line is lost.
import { open, readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { ensurePrivateFolder, PRIVATE_FILE_MODE, writeFileAtomic } from '../store/atomic-write';
import { errorCode } from '../store/fs-port';
import type { Sealed } from './seal';
import { slicer, type Pause } from './slices';

export interface PeerFile {
  known: Sealed[];
  outbox: string[];
  refused: string[];
  /** Changes of a newer sync format: kept sealed, applied once the app is new enough. */
  ahead?: Sealed[];
  /** Ids of other members' changes a kept snapshot covers, no longer held here (not fetched again). */
  covered?: string[];
}

const HEADER = JSON.stringify({ format: 'coalition-map-sync', version: 2 });
/** Version 3 adds `covered` lines: an app that does not know them says it cannot read the file and leaves it alone. */
const HEADER_V3 = JSON.stringify({ format: 'coalition-map-sync', version: 3 });
const sealedSchema = z.strictObject({ id: z.string().regex(/^[0-9a-f]{32}$/), ct: z.string() });
const entrySchema = z.union([
  z.strictObject({ mine: sealedSchema }),
  z.strictObject({ known: sealedSchema }),
  z.strictObject({ ahead: sealedSchema }),
  z.strictObject({ sent: z.array(z.string()) }),
  z.strictObject({ refused: z.string() }),
  z.strictObject({ covered: z.array(z.string().regex(/^[0-9a-f]{32}$/)) }),
]);
export type SyncFileEntry = z.infer<typeof entrySchema>;

/** The first layout, one JSON object rewritten whole: still read, rewritten as a journal. */
const wholeFileSchema = z.strictObject({ known: z.array(sealedSchema), outbox: z.array(z.string()), refused: z.array(z.string()), ahead: z.array(sealedSchema).optional() });

/**
 * The file's content, and whether it must be rewritten (an older layout, or a torn last line). Its
 * lines are checked in slices (`pause` between lines), so a 70 MB history does not hold the event loop.
 */
export async function readSyncFile(path: string, pause: Pause = slicer()): Promise<{ file: PeerFile; rewrite: boolean }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { file: { known: [], outbox: [], refused: [], ahead: [] }, rewrite: false };
    throw error;
  }
  const header = startsWith(bytes, `${HEADER}\n`) || startsWith(bytes, `${HEADER_V3}\n`);
  if (!header) {
    const whole = wholeFileSchema.safeParse(parseOrNull(bytes.toString('utf8')));
    if (!whole.success) throw new Error(`${path}: not a sync file this app can read; it was not changed`);
    return { file: { ...whole.data, ahead: whole.data.ahead ?? [] }, rewrite: true };
  }
  // Line by line from the bytes: decoding 70 MB into one string and splitting it would hold the
  // event loop for some 60 ms in one stretch. A last line without its newline is torn, and dropped.
  const file: PeerFile = { known: [], outbox: [], refused: [], ahead: [] };
  let start = bytes.indexOf(NEWLINE) + 1;
  for (let number = 2; ; number += 1) {
    const end = bytes.indexOf(NEWLINE, start);
    if (end < 0) return { file, rewrite: start < bytes.length };
    await pause();
    const entry = entrySchema.safeParse(parseOrNull(bytes.toString('utf8', start, end)));
    if (!entry.success) throw new Error(`${path}: line ${number} is damaged; the sync file was not changed`);
    apply(file, entry.data);
    start = end + 1;
  }
}

const NEWLINE = 0x0a;

function startsWith(bytes: Buffer, text: string): boolean {
  const prefix = Buffer.from(text, 'utf8');
  return bytes.length >= prefix.length && bytes.subarray(0, prefix.length).equals(prefix);
}

/** Appends events and flushes them to disk; resolves once they would survive a power cut. */
export async function appendSyncFile(path: string, entries: readonly SyncFileEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await inTurn(path, () => append(path, entries));
}

async function append(path: string, entries: readonly SyncFileEntry[]): Promise<void> {
  await ensurePrivateFolder(dirname(path));
  const handle = await open(path, 'a', PRIVATE_FILE_MODE);
  try {
    if ((await handle.stat()).size === 0) await handle.write(`${HEADER}\n`);
    await handle.write(entries.map((e) => `${JSON.stringify(e)}\n`).join(''));
    await handle.datasync();
  } finally {
    await handle.close();
  }
}

/** Writes the whole file anew, atomically, as the shortest journal of the same content. */
export async function rewriteSyncFile(path: string, file: PeerFile): Promise<void> {
  await inTurn(path, () => rewrite(path, file));
}

/**
 * Rewrites the file, atomically, without the changes `drop` names (never one still to send), their
 * ids kept as covered. It filters what is on disk at that moment, appended lines included. A kill
 * leaves the old file or the new one; both open to the same state beside the base that covers
 * them, which is written before this is called. Returns the ids it dropped.
 */
export async function shortenSyncFile(path: string, drop: ReadonlySet<string>): Promise<string[]> {
  return inTurn(path, async () => {
    const { file } = await readSyncFile(path);
    const outbox = new Set(file.outbox);
    const dropped = file.known.filter((s) => drop.has(s.id) && !outbox.has(s.id)).map((s) => s.id);
    if (dropped.length === 0) return [];
    const gone = new Set(dropped);
    await rewrite(path, { ...file, known: file.known.filter((s) => !gone.has(s.id)), covered: [...(file.covered ?? []), ...dropped] });
    return dropped;
  });
}

async function rewrite(path: string, file: PeerFile): Promise<void> {
  const outbox = new Set(file.outbox);
  const covered = file.covered ?? [];
  const entries: SyncFileEntry[] = [
    ...file.known.map((s) => (outbox.has(s.id) ? { mine: s } : { known: s })),
    ...(file.ahead ?? []).map((s) => ({ ahead: s })),
    ...file.refused.map((id) => ({ refused: id })),
    ...(covered.length === 0 ? [] : [{ covered }]),
  ];
  await ensurePrivateFolder(dirname(path));
  const header = covered.length === 0 ? HEADER : HEADER_V3;
  await writeFileAtomic(path, [header, ...entries.map((e) => JSON.stringify(e))].join('\n') + '\n');
}

/** Appends and rewrites of one file, one after another in this process. */
const turns = new Map<string, Promise<unknown>>();

function inTurn<T>(path: string, work: () => Promise<T>): Promise<T> {
  const key = resolve(path);
  const run = (turns.get(key) ?? Promise.resolve()).then(work, work);
  const settled = run.catch(() => undefined);
  turns.set(key, settled);
  void settled.then(() => {
    if (turns.get(key) === settled) turns.delete(key);
  });
  return run;
}

function apply(file: PeerFile, entry: SyncFileEntry): void {
  if ('mine' in entry) {
    file.known.push(entry.mine);
    file.outbox.push(entry.mine.id);
  } else if ('known' in entry) file.known.push(entry.known);
  else if ('ahead' in entry) (file.ahead ??= []).push(entry.ahead);
  else if ('refused' in entry) file.refused.push(entry.refused);
  else if ('covered' in entry) for (const id of entry.covered) (file.covered ??= []).push(id);
  else {
    const sent = new Set(entry.sent);
    file.outbox = file.outbox.filter((id) => !sent.has(id));
  }
}

function parseOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
