// The app's Node-side behaviour, one async function per contract channel, with no Electron in
// sight: the IPC layer, the CLI and the end-to-end harness all drive this same object.
// Calls run one at a time, so switching maps can never interleave with a save.
import { readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { BINARY_EXPORT_FORMATS, type Notice, type SaveAudit, type SaveErase, type OpenedMap, type OpenResult, type MapProblem, type CoalitionBackend } from '../../shared/ipc';
import { applyMapPatch, STALE_PATCH_MESSAGE } from '../../shared/map-patch';
import type { MapDocument } from '../../shared/model';
import { emptyMap } from '../../shared/new-map';
import { sampleCoalition } from '../../shared/sample';
import { appendAudit, recordSaveAudit, sha256Hex } from './audit';
import { createSecurityHandlers } from './backend-security';
import type { PassphraseCodec } from './crypto';
import type { Dialogs, PagePrinter } from './dialogs-port';
import { assertNotTheMap, writeExport } from './export-file';
import { readImportFile } from './import-file';
import { isRecent, loadSettings, rememberMap, renameRecent, saveSettings, settingsPath, type Settings } from './settings';
import {
  createMapFile,
  ensurePrivateFolder,
  isMapFileError,
  listBackups,
  mapFileNameFor,
  openMapStore,
  replaceMapFile,
  restoreBackup,
  StaleRevisionError,
  uniqueMapPath,
  withMapExtension,
  type MapStore,
} from './store';
import { eraseFromBackupsWarning } from './store/erase-from-backups';
import { errorCode, nodeFs } from './store/fs-port';
import { exists, removeLeftoverTemps } from './store/quarantine';
import { followLinks } from './store/real-path';
import { backupCodec, encryptedBackupCount } from './backup-recovery';

export type Backend = CoalitionBackend & { close(): Promise<void> };

export interface BackendOptions {
  readonly dataDir: string;
  readonly dialogs: Dialogs;
  /** Prints the window for the PDF brief; without one (the CLI), saveBriefPdf says it cannot print. */
  readonly printer?: PagePrinter;
  readonly clock?: () => Date;
}

export const SAMPLE_FILE_NAME = 'sample-coalition.coalition.json';

/** Says in plain words why a write failed and what was kept. */
function writeFailure(error: unknown, what: string): Error {
  if (isMapFileError(error)) return error;
  const code = errorCode(error);
  const why =
    code === 'ENOSPC' ? 'the disk is full'
    : code === 'EACCES' || code === 'EPERM' ? 'permission was denied'
    : code === 'EROFS' ? 'the drive is read-only'
    : `the system reported ${code ?? (error instanceof Error ? error.message : 'an error')}`;
  return new Error(`${what} failed because ${why}. The file on disk was left as it was.`);
}

export async function createBackend(options: BackendOptions): Promise<Backend> {
  const dataDir = resolve(options.dataDir);
  const mapsDir = join(dataDir, 'maps');
  const backupDir = join(dataDir, 'backups');
  const clock = options.clock ?? (() => new Date());
  const { dialogs } = options;
  for (const folder of [dataDir, mapsDir, backupDir]) await ensurePrivateFolder(folder);

  // The app holds a single-instance lock, so a settings temp file here is a leftover of a crash.
  await removeLeftoverTemps(settingsPath(dataDir), nodeFs);
  const loaded = await loadSettings(dataDir, clock());
  let settings: Settings = loaded.settings;
  const startupNotices: Notice[] = loaded.problem ? [{ level: 'warning', message: loaded.problem }] : [];
  let current: MapStore | null = null;
  /** The open map's key when it is encrypted; dropped from memory on lock or when another map opens. */
  let codec: PassphraseCodec | null = null;
  /** A map that failed to open this session: the user may list and restore its backups. */
  let problemPath: string | null = null;

  async function updateSettings(next: Settings, notices: Notice[]): Promise<void> {
    settings = next;
    try {
      await saveSettings(dataDir, settings);
    } catch (error) {
      notices.push({ level: 'warning', message: writeFailure(error, 'Remembering the recent maps').message });
    }
  }

  function opened(store: MapStore, notices: readonly Notice[]): OpenedMap {
    const encrypted = codec !== null;
    return { status: 'opened', file: { path: store.path, fileName: basename(store.path) }, map: store.map, notices, encrypted };
  }

  async function problemFor(target: string, error: unknown): Promise<MapProblem> {
    if (!isMapFileError(error) || error.reason === 'exists') throw error;
    problemPath = target;
    return {
      status: 'problem',
      file: { path: target, fileName: basename(target) },
      reason: error.reason,
      message: error.message,
      movedTo: error.movedTo,
      // Without the key encrypted backups cannot be read: they are counted, and offered once the passphrase is given.
      backups: await listBackups(target, { backupDir }),
      encryptedBackups: await encryptedBackupCount(target, backupDir),
    };
  }

  /** Opens `path` (with `withCodec` when it is encrypted); the previous map's key is forgotten. */
  async function openPath(path: string, notices: Notice[], withCodec: PassphraseCodec | null = null): Promise<OpenResult> {
    // The store works on the file a link points to; so must the "already open" check and the recent list.
    const target = await followLinks(path, nodeFs);
    if (current?.path === target) return opened(current, notices);
    let store: MapStore;
    try {
      store = await openMapStore(target, { backupDir, clock, codec: withCodec });
    } catch (error) {
      return problemFor(target, error);
    }
    const previous = current;
    const previousCodec = codec;
    current = store;
    codec = withCodec;
    problemPath = null;
    for (const message of store.openWarnings) notices.push({ level: 'warning', message });
    await previous?.close();
    if (previousCodec !== null && previousCodec !== withCodec) previousCodec.forget();
    await updateSettings(rememberMap(settings, target, store.map.coalition.name, clock()), notices);
    return opened(store, notices);
  }

  async function openOrThrow(path: string, notices: Notice[], withCodec: PassphraseCodec | null = null): Promise<OpenedMap> {
    const result = await openPath(path, notices, withCodec);
    if (result.status !== 'opened') throw new Error(result.message);
    return result;
  }

  async function openSample(notices: Notice[]): Promise<OpenResult> {
    const path = join(mapsDir, SAMPLE_FILE_NAME);
    if (!(await exists(nodeFs, path))) await createMapFile(path, sampleCoalition({ now: clock().toISOString() }));
    notices.push({ level: 'info', message: 'This is a fictional sample coalition to explore. Start your own with File > New map.' });
    return openPath(path, notices);
  }

  function assertKnown(path: string): string {
    const target = resolve(path);
    if (current?.path === target || problemPath === target || isRecent(settings, target)) return target;
    throw new Error('Backups can only be listed or restored for the open map or one of the recent maps.');
  }

  /** Replaces an existing file the user chose in the save dialog; says what became of its content. */
  async function replaceChosenFile(target: string, map: MapDocument): Promise<Notice> {
    let replaced;
    try {
      replaced = await replaceMapFile(target, map, { backupDir, clock, codec });
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

  function requireOpen(): MapStore {
    if (!current) throw new Error('No map is open, so nothing was saved.');
    return current;
  }

  const handlers: Backend = {
    async startSession() {
      if (current) return opened(current, []);
      const notices = startupNotices.splice(0);
      if (settings.lastMapPath === null) return openSample(notices);
      const last = settings.lastMapPath;
      const result = await openPath(last, notices);
      if (result.status === 'problem' && result.reason === 'missing') {
        notices.push({
          level: 'warning',
          message: `The last map, ${basename(last)}, was not found at ${last} (moved or deleted?). The sample coalition was opened instead.`,
        });
        return openSample(notices);
      }
      return result;
    },

    async newMap({ name, template }) {
      const map: MapDocument =
        template === 'empty' ? emptyMap(name) : withName(sampleCoalition({ now: clock().toISOString() }), name);
      const path = await uniqueMapPath(mapsDir, name);
      try {
        await createMapFile(path, map);
      } catch (error) {
        throw writeFailure(error, 'Creating the new map');
      }
      return openOrThrow(path, []);
    },

    async openMapDialog() {
      const chosen = await dialogs.chooseMapToOpen();
      return chosen === null ? null : openPath(chosen, []);
    },

    async openRecent({ path }) {
      const target = resolve(path);
      if (!isRecent(settings, target)) throw new Error('That map is not in the recent list. Open it with File > Open instead.');
      return openPath(target, []);
    },

    async listRecent() {
      return settings.recent;
    },

    async saveMap({ map, audit, erase }) {
      const store = requireOpen();
      if (erase) assertErasable(map, erase, audit);
      const renamed = store.map.coalition.name !== map.coalition.name;
      let result;
      try {
        result = await store.save(map);
      } catch (error) {
        throw writeFailure(error, 'Saving the map');
      }
      if (renamed) await updateSettings(renameRecent(settings, store.path, store.map.coalition.name), []);
      if (!audit) return result;
      // Only now that the delete landed: a failed save must erase nothing and log nothing.
      const warnings = erase ? await eraseFromBackupsWarning(store.path, erase.stakeholderIds, { backupDir, codec }) : [];
      const logged = erase ? { action: audit.action, recordCount: erase.stakeholderIds.length, fieldNames: [] } : audit;
      const warning = await recordSaveAudit(dataDir, store.path, logged, clock);
      if (warning !== null) warnings.push(writeFailure(warning, 'Recording the change in the audit log').message);
      return warnings.length === 0 ? result : { ...result, warnings };
    },

    async saveMapPatch({ baseRevision, patch }) {
      const store = requireOpen();
      const nameBefore = store.map.coalition.name;
      let result;
      try {
        result = await store.saveFrom(baseRevision, (onDisk) => applyMapPatch(onDisk, patch));
      } catch (error) {
        // The renderer answers "stale" with a save of the whole map.
        if (error instanceof StaleRevisionError) throw new Error(STALE_PATCH_MESSAGE);
        throw writeFailure(error, 'Saving the change');
      }
      if (store.map.coalition.name !== nameBefore) await updateSettings(renameRecent(settings, store.path, store.map.coalition.name), []);
      return result;
    },

    async saveMapAsDialog({ map }) {
      const chosen = await dialogs.chooseMapSaveLocation(mapFileNameFor(map.coalition.name));
      if (chosen === null) return null;
      const target = withMapExtension(resolve(chosen));
      if (current?.path === target) {
        await handlers.saveMap({ map });
        return opened(current, []);
      }
      const notices: Notice[] = [];
      try {
        // A copy of an encrypted map stays encrypted under the same passphrase.
        await createMapFile(target, map, { codec });
      } catch (error) {
        if (!isMapFileError(error) || error.reason !== 'exists') throw writeFailure(error, 'Saving the map under a new name');
        // The system's save dialog already asked the user to confirm replacing this file.
        notices.push(await replaceChosenFile(target, map));
      }
      return openOrThrow(target, notices, codec);
    },

    async listBackups({ path, passphrase }) {
      const target = assertKnown(path);
      const given = passphrase === undefined ? null : await backupCodec(target, backupDir, passphrase);
      try {
        return await listBackups(target, { backupDir, codec: given ?? (current?.path === target ? codec : null) });
      } finally {
        given?.forget();
      }
    },

    async restoreBackup({ path, backupId, passphrase }) {
      const target = assertKnown(path);
      const wasOpen = current?.path === target;
      const keyed = passphrase !== undefined ? await backupCodec(target, backupDir, passphrase, backupId) : wasOpen ? codec : null;
      if (wasOpen) {
        await current?.close();
        current = null;
      }
      let restored: MapDocument;
      let setAside: string | null = null;
      try {
        const setAsideUnopenable = passphrase === undefined ? undefined : (to: string) => void (setAside = to);
        restored = await restoreBackup(target, backupId, { backupDir, clock, codec: keyed, setAsideUnopenable });
      } catch (error) {
        if (wasOpen) await openPath(target, [], keyed);
        else if (passphrase !== undefined) keyed?.forget();
        throw writeFailure(error, 'Restoring the backup');
      }
      const kept = setAside === null ? 'The content it replaced was kept as a backup.' : `The file it replaced, which that passphrase does not open, was moved aside unchanged to ${String(setAside)}.`;
      const notices: Notice[] = [{ level: 'info', message: `The backup was restored. ${kept}` }];
      try {
        const fileHash = sha256Hex(await readFile(target));
        await appendAudit(dataDir, { action: 'restore', recordCount: restored.stakeholders.length, fieldNames: [], fileHash }, { clock });
      } catch (error) {
        // The restore itself landed; a log that could not be written must not undo or hide it.
        notices.push({ level: 'warning', message: writeFailure(error, 'Recording the restore in the audit log').message });
      }
      return openPath(target, notices, keyed);
    },

    async chooseImportFile({ purpose }) {
      const chosen = await dialogs.chooseFileToImport(purpose);
      return chosen === null ? null : readImportFile(resolve(chosen));
    },

    async saveExportFile({ suggestedFileName, format, content, summary }) {
      const chosen = await dialogs.chooseExportLocation(suggestedFileName, format);
      if (chosen === null) return null;
      const bytes = BINARY_EXPORT_FORMATS.has(format) ? decodeBase64(content, format) : new TextEncoder().encode(content);
      return writeExport({ target: chosen, bytes, format, summary, openMapPath: current?.path ?? null, dataDir, clock });
    },

    async saveBriefPdf({ suggestedFileName, pageSize, summary }) {
      const { printer } = options;
      if (!printer) throw new Error('This window cannot print, so no PDF was made.');
      const chosen = await dialogs.chooseExportLocation(suggestedFileName, 'pdf');
      if (chosen === null) return null;
      // Checked before printing too, so the user hears at once rather than after a slow print.
      await assertNotTheMap(resolve(chosen), current?.path ?? null);
      const bytes = await printer.printToPdf(pageSize);
      return writeExport({ target: chosen, bytes, format: 'pdf', summary, openMapPath: current?.path ?? null, dataDir, clock });
    },

    ...createSecurityHandlers({
      dataDir,
      clock,
      current: () => current,
      codec: () => codec,
      setCodec: (next) => {
        codec = next;
      },
      openPath,
      problemFor,
      lock: async () => {
        const store = current;
        current = null;
        await store?.close();
        if (store) problemPath = store.path;
        codec?.forget();
        codec = null;
      },
      assertKnown,
      writeFailure,
    }),

    async close() {
      const store = current;
      current = null;
      await store?.close();
      codec?.forget();
      codec = null;
    },
  };
  return serialized(handlers);
}

/** Strict base64 (what the window's encoder writes); anything else is refused rather than half-decoded. */
function decodeBase64(content: string, format: string): Uint8Array {
  if (content.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(content)) {
    throw new Error(`The ${format.toUpperCase()} export did not arrive as base64 text, so nothing was written.`);
  }
  return new Uint8Array(Buffer.from(content, 'base64'));
}

/** An erase is refused before anything is written unless it goes with a delete that really removed them. */
function assertErasable(map: MapDocument, erase: SaveErase, audit: SaveAudit | undefined): void {
  if (audit?.action !== 'delete') throw new Error('Erasing from backups goes only with a delete, so nothing was saved.');
  if (map.stakeholders.some((s) => erase.stakeholderIds.includes(s.id))) {
    throw new Error('A stakeholder to erase from the backups is still on the map, so nothing was saved.');
  }
}

function withName(map: MapDocument, name: string): MapDocument {
  return { ...map, coalition: { ...map.coalition, name } };
}

/** Runs every call after the previous one finished, whatever its outcome. */
function serialized(backend: Backend): Backend {
  let tail: Promise<unknown> = Promise.resolve();
  const wrapped = {} as Record<string, (args: never) => Promise<unknown>>;
  for (const [name, fn] of Object.entries(backend) as [string, (args: never) => Promise<unknown>][]) {
    wrapped[name] = (args: never) => {
      const run = tail.then(() => fn(args), () => fn(args));
      tail = run.catch(() => undefined);
      return run;
    };
  }
  return wrapped as unknown as Backend;
}
