// The sealed notes a moved shared map leaves at the relay (relay-note.ts), on a real folder relay:
// each opens only under its own key, coalition and kind, a flipped byte or another key opens
// nothing, and the "moved" note left under the old key carries no part of the new key.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openNote, readNote, sealNote, writeNote } from '../../../electron/main/sync/relay-note';
import { newCoalitionKey } from '../../../electron/main/sync/seal';
import { useTempDirs } from '../store/helpers/temp-dir';

const tempDir = useTempDirs();
const OLD = { key: newCoalitionKey(), coalitionId: 'a'.repeat(32) };
const NEW = { key: newCoalitionKey(), coalitionId: 'b'.repeat(32) };
const MOVED = { at: '2026-12-04T19:00:00.000Z', by: 'Ana', removed: ['org-carol-0001'] };
const HANDOVER = { previous: OLD.coalitionId, basis: { 'org-ana-0001': 12 }, erase: ['person-p'] };

describe('sealed relay notes', () => {
  // A note of one kind never parses as the other (strict shapes), and the kind is in the associated data besides.
  it('open under their own key, coalition and kind only', () => {
    const moved = sealNote('moved', MOVED, OLD);
    expect(openNote('moved', moved, OLD)).toEqual(MOVED);
    expect(openNote('moved', moved, { ...OLD, key: NEW.key })).toBeNull();
    expect(openNote('moved', moved, { ...OLD, coalitionId: NEW.coalitionId })).toBeNull();
    expect(openNote('handover', moved, OLD)).toBeNull();
    const bytes = Buffer.from(moved, 'base64');
    bytes[bytes.length - 20] = (bytes[bytes.length - 20] ?? 0) ^ 1;
    expect(openNote('moved', bytes.toString('base64'), OLD)).toBeNull();
  });

  it('a folder relay keeps each note as one file, read back as written; the moved note holds no byte run of the new key', async () => {
    const folder = join(await tempDir(), 'coalition-old');
    expect(await readNote({ kind: 'folder', path: folder }, 'moved', OLD)).toBeNull();
    await writeNote({ kind: 'folder', path: folder }, 'moved', MOVED, OLD);
    await writeNote({ kind: 'folder', path: folder }, 'handover', HANDOVER, NEW);
    expect((await readdir(folder)).sort()).toEqual(['note-handover.note', 'note-moved.note']);
    expect(await readNote({ kind: 'folder', path: folder }, 'moved', OLD)).toEqual(MOVED);
    expect(await readNote({ kind: 'folder', path: folder }, 'handover', NEW)).toEqual(HANDOVER);
    // The removed organizer holds OLD: the handover does not open with it.
    expect(await readNote({ kind: 'folder', path: folder }, 'handover', OLD)).toBeNull();
    const moved = Buffer.from(await readFile(join(folder, 'note-moved.note'), 'utf8'), 'base64');
    for (let at = 0; at + 8 <= NEW.key.length; at += 1) expect(moved.includes(NEW.key.subarray(at, at + 8))).toBe(false);
    expect(moved.toString('utf8')).not.toContain('Ana');
    // A note altered on the relay opens nothing.
    await writeFile(join(folder, 'note-moved.note'), Buffer.from('x'.repeat(80)).toString('base64'));
    expect(await readNote({ kind: 'folder', path: folder }, 'moved', OLD)).toBeNull();
  });
});
