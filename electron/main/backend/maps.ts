// Opening, creating and saving maps: the channels behind File > New, Open, Open recent, Save as,
// and every save the window makes. The dialogs wait for the user outside the queue; what they
// lead to (an open, a write) runs inside it.
import { basename, join, resolve } from 'node:path';
import type { CoalitionBackend, Notice, OpenedMap, OpenResult, SaveAudit, SaveErase, SaveResult } from '../../../shared/ipc';
import type { MapDocument } from '../../../shared/model';
import { emptyMap } from '../../../shared/new-map';
import { sampleCoalition } from '../../../shared/sample';
import { createMapFile, isMapFileError, mapFileNameFor, replaceMapFile, uniqueMapPath, withMapExtension } from '../store';
import { nodeFs } from '../store/fs-port';
import { exists } from '../store/quarantine';
import type { HandlerContext } from './context';
import type { MapSession } from './map-session';
import { queued } from '../queue';
import { writeFailure } from './write-failure';
import { afterSave, assertErasable } from './save-after';
import { createStagedSaves } from './staged-save';

export const SAMPLE_FILE_NAME = 'sample-coalition.coalition.json';

type MapHandlers = Pick<
  CoalitionBackend,
  'startSession' | 'newMap' | 'openMapDialog' | 'openRecent' | 'listRecent' | 'saveMap' | 'saveMapPatch' | 'stageMapPatch' | 'saveMapAsDialog'
>;

export function createMapHandlers({ session, dialogs, inOrder }: HandlerContext): MapHandlers & { startSessionEarly(): void } {
  const staged = createStagedSaves();
  /** The session opened before the window asked (startSessionEarly), handed whole to its first ask. */
  let early: Promise<OpenResult> | null = null;
  return {
    // The window's first ask takes the early answer with its notices; any later ask (a reload) opens as before.
    startSession: (): Promise<OpenResult> => {
      const taken = early;
      early = null;
      return taken ?? inOrder(() => startSession(session));
    },
    /**
     * Opens the last map while the window is still loading its script (reading and checking a big
     * map file takes a good part of a second), so the window's first startSession finds it done.
     * The same open, in the same queue: a file that fails to open gives the window the same answer.
     */
    startSessionEarly(): void {
      if (early !== null || session.store !== null) return;
      early = inOrder(() => startSession(session));
      // A failure reaches the window with its first ask, not as an unhandled rejection here.
      early.catch(() => undefined);
    },
    newMap: queued(inOrder, (args) => newMap(session, args.name, args.template)),
    async openMapDialog() {
      const chosen = await dialogs.chooseMapToOpen();
      return chosen === null ? null : inOrder(() => session.open(chosen, []));
    },
    openRecent: queued(inOrder, ({ path }) => session.open(session.assertRecent(path), [])),
    listRecent: queued(inOrder, async () => session.recent),
    saveMap: queued(inOrder, ({ map, audit, erase }) => saveMap(session, map, audit, erase)),
    saveMapPatch: queued(inOrder, (args) => staged.finish(session, args)),
    stageMapPatch: queued(inOrder, (args) => staged.stage(session, args)),
    async saveMapAsDialog(args) {
      const name = (args.map ?? session.requireOpen().map).coalition.name;
      // An encrypted map's coalition name is not offered as a plain file name.
      const chosen = await dialogs.chooseMapSaveLocation(mapFileNameFor(session.codec === null ? name : 'coalition'));
      // Without a map from the window, the one held here (the window's own: every edit lands here first).
      return chosen === null ? null : inOrder(() => saveMapAs(session, withMapExtension(resolve(chosen)), args.map ?? session.requireOpen().map));
    },
  };
}

/** Opens the last map, or the sample on first run or when the last map has gone. */
async function startSession(session: MapSession): Promise<OpenResult> {
  if (session.store) return session.opened(session.store, []);
  const notices = session.takeStartupNotices();
  const last = session.lastMapPath;
  if (last === null) return openSample(session, notices);
  const result = await session.open(last, notices);
  if (result.status === 'problem' && result.reason === 'missing') {
    notices.push({
      level: 'warning',
      message: `The last map, ${basename(last)}, was not found at ${last} (moved or deleted?). The sample coalition was opened instead.`,
    });
    return openSample(session, notices);
  }
  return result;
}

async function openSample(session: MapSession, notices: Notice[]): Promise<OpenResult> {
  const path = join(session.mapsDir, SAMPLE_FILE_NAME);
  if (!(await exists(nodeFs, path))) await createMapFile(path, sampleCoalition({ now: session.clock().toISOString() }));
  notices.push({ level: 'info', message: 'This is a fictional sample coalition to explore. Start your own with File > New map.' });
  return session.open(path, notices);
}

async function newMap(session: MapSession, name: string, template: 'empty' | 'sample'): Promise<OpenedMap> {
  const map: MapDocument = template === 'empty' ? emptyMap(name) : withName(sampleCoalition({ now: session.clock().toISOString() }), name);
  const path = await uniqueMapPath(session.mapsDir, name);
  try {
    await createMapFile(path, map);
  } catch (error) {
    throw writeFailure(error, 'Creating the new map');
  }
  return session.openOrThrow(path, []);
}

async function saveMap(session: MapSession, map: MapDocument, audit?: SaveAudit, erase?: SaveErase): Promise<SaveResult> {
  const store = session.requireOpen();
  if (erase) assertErasable(map, erase, audit);
  const renamed = store.map.coalition.name !== map.coalition.name;
  let result;
  try {
    result = await store.save(map);
  } catch (error) {
    throw writeFailure(error, 'Saving the map');
  }
  if (renamed) await session.renamed(store, []);
  return afterSave(session, store, result, audit, erase);
}

/** Writes the map to a new place the user chose and switches to it; the open map itself is just saved. */
async function saveMapAs(session: MapSession, target: string, map: MapDocument): Promise<OpenedMap> {
  if (session.isOpen(target)) {
    await saveMap(session, map);
    return session.opened(session.requireOpen(), []);
  }
  const notices: Notice[] = [];
  try {
    // A copy of an encrypted map stays encrypted under the same passphrase.
    await createMapFile(target, map, { codec: session.codec });
  } catch (error) {
    if (!isMapFileError(error) || error.reason !== 'exists') throw writeFailure(error, 'Saving the map under a new name');
    // The system's save dialog already asked the user to confirm replacing this file.
    notices.push(await replaceChosenFile(session, target, map));
  }
  return session.openOrThrow(target, notices, session.codec);
}

/** Replaces an existing file the user chose in the save dialog; says what became of its content. */
async function replaceChosenFile(session: MapSession, target: string, map: MapDocument): Promise<Notice> {
  let replaced;
  try {
    replaced = await replaceMapFile(target, map, { backupDir: session.backupDir, clock: session.clock, codec: session.codec });
  } catch (error) {
    if (isMapFileError(error) && error.reason === 'locked') {
      throw new Error(`${basename(target)} is open in another window or program, so it was not replaced. Close it there first, or choose another name.`);
    }
    throw writeFailure(error, 'Replacing the chosen file');
  }
  return replaced.backupId === null
    ? { level: 'info', message: `Replaced ${basename(target)}, which did not hold a coalition map.` }
    : { level: 'info', message: `Replaced the map in ${basename(target)}; what it held before was kept as a backup.` };
}

function withName(map: MapDocument, name: string): MapDocument {
  return { ...map, coalition: { ...map.coalition, name } };
}
