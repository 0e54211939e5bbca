// The backend's one piece of state: which map is open (its store and, when encrypted, its key),
// which map failed to open this session, and the remembered settings. Every handler module reads
// and changes the session through these methods only; none of them queues anything (the caller
// runs them inside the backend's queue, see context.ts).
import { basename, join, resolve } from 'node:path';
import type { MapProblem, Notice, OpenedMap, OpenResult, RecentMap } from '../../../shared/ipc';
import type { MapDocument } from '../../../shared/model';
import { auditCheckNotices } from '../audit/audit-notice';
import type { PassphraseCodec } from '../crypto';
import { isRecent, loadSettings, rememberMap, renameRecent, saveSettings, settingsPath, type Settings } from '../settings';
import { ensurePrivateFolder, isMapFileError, listBackups, openMapStore, type MapStore } from '../store';
import { followLinks } from '../store/real-path';
import { checkedRecordsDir } from '../store/checked-record';
import { encryptedBackupCount } from '../backup-recovery';
import { nodeFs } from '../store/fs-port';
import { removeLeftoverTemps } from '../store/quarantine';
import { moveMapFile } from '../store/neutral-name';
import { writeFailure } from './write-failure';

export interface SessionFolders {
  readonly dataDir: string;
  /** Where new maps and the sample are created. */
  readonly mapsDir: string;
  readonly backupDir: string;
  readonly clock: () => Date;
}

export class MapSession implements SessionFolders {
  #current: MapStore | null = null;
  /** The open map's key when it is encrypted; dropped from memory on lock or when another map opens. */
  #codec: PassphraseCodec | null = null;
  /** A map that failed to open this session: the user may list and restore its backups. */
  #problemPath: string | null = null;
  #settings: Settings;
  /** Problems found while starting (unreadable settings), told with the first map opened. */
  readonly #startupNotices: Notice[];

  private constructor(
    readonly dataDir: string,
    readonly mapsDir: string,
    readonly backupDir: string,
    readonly clock: () => Date,
    settings: Settings,
    startupNotices: Notice[],
  ) {
    this.#settings = settings;
    this.#startupNotices = startupNotices;
  }

  /** Makes the private folders and reads the settings; nothing is opened yet. */
  static async start(dataDirOption: string, clock: () => Date): Promise<MapSession> {
    const dataDir = resolve(dataDirOption);
    const mapsDir = join(dataDir, 'maps');
    const backupDir = join(dataDir, 'backups');
    for (const folder of [dataDir, mapsDir, backupDir]) await ensurePrivateFolder(folder);
    // The app holds a single-instance lock, so a settings temp file here is a leftover of a crash.
    await removeLeftoverTemps(settingsPath(dataDir), nodeFs);
    const loaded = await loadSettings(dataDir, clock());
    const notices: Notice[] = loaded.problem ? [{ level: 'warning', message: loaded.problem }] : [];
    return new MapSession(dataDir, mapsDir, backupDir, clock, loaded.settings, notices);
  }

  /** The open map's store, or null. */
  get store(): MapStore | null {
    return this.#current;
  }

  /** The open map's key, or null when it is plain or none is open. */
  get codec(): PassphraseCodec | null {
    return this.#codec;
  }

  /** Options for an audit append made for the open map: sealed under its key when it is encrypted. */
  auditOptions(): { clock: () => Date; sealKeys?: Buffer[] } {
    return this.#codec === null ? { clock: this.clock } : { clock: this.clock, sealKeys: this.#codec.auditSealKeys() };
  }

  get recent(): readonly RecentMap[] {
    return this.#settings.recent;
  }

  get lastMapPath(): string | null {
    return this.#settings.lastMapPath;
  }

  /** The notices found at start, handed out once. */
  takeStartupNotices(): Notice[] {
    return this.#startupNotices.splice(0);
  }

  isOpen(path: string): boolean {
    return this.#current?.path === path;
  }

  requireOpen(what = 'nothing was saved'): MapStore {
    if (!this.#current) throw new Error(`No map is open, so ${what}.`);
    return this.#current;
  }

  /** A path the window may name: the open map, the one that failed to open, or a recent one. */
  assertKnown(path: string): string {
    const target = resolve(path);
    if (this.isOpen(target) || this.#problemPath === target || isRecent(this.#settings, target)) return target;
    throw new Error('Backups can only be listed or restored for the open map or one of the recent maps.');
  }

  /** A path from the recent list (only paths the app itself recorded are accepted). */
  assertRecent(path: string): string {
    const target = resolve(path);
    if (!isRecent(this.#settings, target)) throw new Error('That map is not in the recent list. Open it with File > Open instead.');
    return target;
  }

  opened(store: MapStore, notices: readonly Notice[]): OpenedMap {
    const encrypted = this.#codec !== null;
    return { status: 'opened', file: { path: store.path, fileName: basename(store.path) }, map: store.map, notices, encrypted, revision: store.revision };
  }

  /** Opens `path` (with `codec` when it is encrypted); the previous map closes and its key is forgotten. */
  async open(path: string, notices: Notice[], codec: PassphraseCodec | null = null): Promise<OpenResult> {
    // The store works on the file a link points to; so must the "already open" check and the recent list.
    const target = await followLinks(path, nodeFs);
    if (this.#current?.path === target) return this.opened(this.#current, notices);
    let store: MapStore;
    try {
      store = await openMapStore(target, { backupDir: this.backupDir, clock: this.clock, codec, checkedDir: checkedRecordsDir(this.dataDir) });
    } catch (error) {
      return this.problemFor(target, error);
    }
    const previous = this.#current;
    const previousCodec = this.#codec;
    this.#current = store;
    this.#codec = codec;
    this.#problemPath = null;
    for (const message of store.openWarnings) notices.push({ level: 'warning', message });
    await previous?.close();
    if (previousCodec !== null && previousCodec !== codec) previousCodec.forget();
    await this.#remember(rememberMap(this.#settings, target, recentName(store.map, codec), this.clock()), notices);
    // An encrypted map's key also checks the log's seal, which nobody without the passphrase can rewrite.
    notices.push(...(await auditCheckNotices(this.dataDir, codec?.auditSealKeys() ?? [])));
    return this.opened(store, notices);
  }

  /** The same, for a file the app itself just wrote: a problem opening it is an error. */
  async openOrThrow(path: string, notices: Notice[], codec: PassphraseCodec | null = null): Promise<OpenedMap> {
    const result = await this.open(path, notices, codec);
    if (result.status !== 'opened') throw new Error(result.message);
    return result;
  }

  /** The problem screen's answer for a map that failed to open with `error`; other errors are thrown. */
  async problemFor(target: string, error: unknown): Promise<MapProblem> {
    if (!isMapFileError(error) || error.reason === 'exists') throw error;
    this.#problemPath = target;
    return {
      status: 'problem',
      file: { path: target, fileName: basename(target) },
      reason: error.reason,
      message: error.message,
      movedTo: error.movedTo,
      // Without the key encrypted backups cannot be read: they are counted, and offered once the passphrase is given.
      backups: await listBackups(target, { backupDir: this.backupDir }),
      encryptedBackups: await encryptedBackupCount(target, this.backupDir),
    };
  }

  /** Updates the recent list after the open map's coalition was renamed by a save, or its key changed. */
  async renamed(store: MapStore, notices: Notice[]): Promise<void> {
    await this.#remember(renameRecent(this.#settings, store.path, recentName(store.map, this.#codec)), notices);
  }

  /**
   * Moves the open map's file (and its backups) to `target` and reopens it there with its key; the
   * recent list follows. On failure the map is reopened where it was and the error thrown.
   */
  async moveOpenMap(target: string): Promise<MapStore> {
    const store = this.requireOpen('nothing was moved');
    const from = store.path;
    const options = { backupDir: this.backupDir, clock: this.clock, codec: this.#codec, checkedDir: checkedRecordsDir(this.dataDir) };
    await store.close();
    this.#current = null;
    try {
      await moveMapFile(from, target, this.backupDir);
    } catch (error) {
      this.#current = await openMapStore(from, options);
      throw error;
    }
    this.#current = await openMapStore(target, options);
    const recent = this.#settings.recent.filter((r) => r.path !== from);
    await this.#remember(rememberMap({ ...this.#settings, recent }, target, recentName(this.#current.map, this.#codec), this.clock()), []);
    return this.#current;
  }

  /** Replaces the open map's key after its store was re-keyed; the caller forgets the old one. */
  rekeyed(codec: PassphraseCodec | null): void {
    this.#codec = codec;
  }

  /**
   * Closes the open map but keeps its key, for a restore that reopens the same file with it.
   * Returns the key (null for a plain map or when none was open).
   */
  async setAside(): Promise<PassphraseCodec | null> {
    const store = this.#current;
    this.#current = null;
    await store?.close();
    return this.#codec;
  }

  /** Closes the open map, forgets its key, and remembers its path for the unlock screen. */
  async lock(): Promise<void> {
    const store = this.#current;
    await this.close();
    if (store) this.#problemPath = store.path;
  }

  /** Closes the open map (its lock is released) and forgets its key. */
  async close(): Promise<void> {
    const store = this.#current;
    this.#current = null;
    await store?.close();
    this.#codec?.forget();
    this.#codec = null;
  }

  async #remember(next: Settings, notices: Notice[]): Promise<void> {
    this.#settings = next;
    try {
      await saveSettings(this.dataDir, next);
    } catch (error) {
      notices.push({ level: 'warning', message: writeFailure(error, 'Remembering the recent maps').message });
    }
  }
}

/** The coalition's name for the recent list: none for an encrypted map, whose name is not written in plain. */
function recentName(map: MapDocument, codec: PassphraseCodec | null): string {
  return codec === null ? map.coalition.name : '';
}
