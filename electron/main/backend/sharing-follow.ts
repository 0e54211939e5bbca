// The open map's sync, following the open map: opened when a shared map opens, switched when
// another opens, dropped when none is, and its settings written again when the passphrase changes.
// It also owns the timer that runs the sync in the main process, off the window's path. Every
// method that touches the engine runs in the backend's queue (the caller's `inOrder`).
import type { MapPatch } from '../../../shared/map-patch';
import type { MapDocument } from '../../../shared/model';
import type { HistoryStep, SharingStatus } from '../../../shared/sharing/sharing-contract';
import { readSharingFileIfShared, writeSharingFile } from '../sync/sharing-file';
import type { Queue } from '../queue';
import type { MapSession } from './map-session';
import type { SyncAudit } from './sharing-audit';
import { SharedMapSync } from './sharing-engine';

const NOT_SHARED: SharingStatus = { state: 'not-shared', waiting: 0, refused: 0, reason: null, relay: null, you: null, members: [], conflicts: [], incoming: 0, lastSyncAt: null };
const TICK_MS = 1_000;

/** A save that landed while the open map's sync was still loading: handed to it, in order, once loaded. */
interface SavedMeanwhile {
  readonly map: MapDocument;
  readonly edit: { readonly base: MapDocument; readonly patch: MapPatch } | undefined;
  readonly step: HistoryStep | undefined;
}

interface Loading {
  readonly path: string;
  readonly pending: SavedMeanwhile[];
  done: Promise<void>;
}

export class OpenSharedMap {
  private engine: SharedMapSync | null = null;
  private engineCodec: unknown = null;
  /** Why the open map's sharing could not start (its settings unreadable, say); null when it runs or the map is not shared. */
  private paused: string | null = null;
  private timer: NodeJS.Timeout | null = null;
  /** The open map's sync history being loaded, outside the backend's queue: saves and calls go on meanwhile. */
  private loading: Loading | null = null;

  constructor(
    private readonly session: MapSession,
    private readonly inOrder: Queue,
    private readonly audit: SyncAudit | null = null,
    /** Runs the sync history's load (a seam for the test that holds it back while a save goes on). */
    private readonly runLoad: <T>(work: () => Promise<T>) => Promise<T> = (work) => work(),
  ) {}

  /**
   * The open map's sync (run in the queue), or null when the open map is not shared. When its
   * history is not loaded yet, this waits for the load (a user's sharing action needs the engine).
   */
  async current(): Promise<SharedMapSync | null> {
    const store = this.session.store;
    if (store !== null && this.engine?.mapPath !== store.path) await this.load(store.path);
    return this.loaded();
  }

  /**
   * The open map's sync once loaded (run in the queue), never waiting: a load under way goes on
   * outside the queue, and this says null meanwhile. The settings are written again under a new passphrase.
   */
  private async loaded(): Promise<SharedMapSync | null> {
    const store = this.session.store;
    if (this.engine === null || this.engine.mapPath !== store?.path) {
      this.engine = null;
      return null;
    }
    if (this.session.codec !== this.engineCodec) {
      // A passphrase was set, changed or removed: the key is written again under the new one.
      await writeSharingFile(this.engine.mapPath, this.engine.config, this.session.codec);
      this.engineCodec = this.session.codec;
    }
    return this.engine;
  }

  /** The loaded sync (run in the queue), or null while its load, started here when none is under way, goes on outside the queue. */
  private loadedOrLoading(): Promise<SharedMapSync | null> {
    const path = this.session.store?.path;
    if (path !== undefined && this.engine?.mapPath !== path) void this.load(path);
    return this.loaded();
  }

  /**
   * Loads the sync history of the map at `path` (or joins the load under way): seconds of CPU at
   * 20,000 stakeholders that nobody waits on, in slices of about 25 ms (sync/slices.ts), outside
   * the backend's queue, so saves are answered meanwhile. It runs at the thread's own priority:
   * lowered (nice +10), it stalled the main process longer and helped the window no more, and on
   * Linux and macOS the thread could not be raised again for the rest of the session. They are handed to the engine
   * in order once it is loaded (noteSaved), so every edit reaches the shared map. Never throws: a
   * failure is the status's reason.
   */
  private load(path: string): Promise<void> {
    if (this.loading?.path === path) return this.loading.done;
    const loading: Loading = { path, pending: [], done: Promise.resolve() };
    this.loading = loading;
    this.paused = null;
    loading.done = this.open(loading).finally(() => {
      if (this.loading === loading) this.loading = null;
    });
    return loading.done;
  }

  private async open(loading: Loading): Promise<void> {
    const store = this.session.store;
    if (store?.path !== loading.path) return;
    const codec = this.session.codec;
    // The map as the load starts: every save from now on is in `pending`, handed over after it.
    const map = store.map;
    try {
      const config = await readSharingFileIfShared(store.path, codec);
      if (config === null) return;
      const engine = await this.runLoad(() => SharedMapSync.open(store.path, config, map, this.audit));
      // Another map opened, a share adopted its own engine, or the app stopped: this one is dropped.
      if (this.loading !== loading || this.session.store?.path !== loading.path) return;
      this.engine = engine;
      this.engineCodec = codec;
      this.writesSettings(engine);
      for (const saved of loading.pending) engine.noteSaved(saved.map, saved.edit, saved.step);
    } catch (error) {
      if (this.loading === loading) this.paused = error instanceof Error ? error.message : String(error);
    }
  }

  /** A map was just shared from here: its sync becomes the open one. */
  adopt(engine: SharedMapSync): void {
    this.loading = null;
    this.engine = engine;
    this.engineCodec = this.session.codec;
    this.writesSettings(engine);
  }

  /** The engine may save its settings (a restricted record moved to a new key) under the map's passphrase of the moment. */
  private writesSettings(engine: SharedMapSync): void {
    engine.settingsWriter = async (config) => {
      await writeSharingFile(engine.mapPath, config, this.session.codec);
      this.engineCodec = this.session.codec;
    };
  }

  startLoop(): void {
    if (this.timer !== null) return;
    this.timer = setInterval(() => {
      // A history still loading is not waited for here: the queue stays free for saves meanwhile.
      void this.inOrder(() => this.loadedOrLoading()).then((sync) => sync?.tick()).catch(() => undefined);
    }, TICK_MS);
    this.timer.unref();
  }

  /** The status; the first one for a newly opened shared map answers once its history is loaded (outside the queue). */
  async status(): Promise<SharingStatus> {
    this.startLoop();
    const path = this.session.store?.path;
    if (path !== undefined && this.engine?.mapPath !== path) await this.load(path);
    const sync = await this.inOrder(() => this.loaded());
    return sync === null ? { ...NOT_SHARED, reason: this.paused } : sync.status();
  }

  /**
   * Before a patch save: the map it will be applied to, when that is certain now (the store is at
   * the revision the patch names; a later save would make this one fail as stale). Null otherwise,
   * and for a save in parts, whose last patch is not the whole edit.
   */
  patchBase(args: { readonly baseRevision: number; readonly stageId?: string | undefined }): MapDocument | null {
    const store = this.session.store;
    return args.stageId === undefined && store !== null && store.revision === args.baseRevision ? store.map : null;
  }

  /**
   * After a save landed: the saved map is handed to the sync (an edit is saved locally first),
   * with the window's patch when the saved map is exactly that patch on `base`, so the edit costs
   * the sync what the patch holds, not the whole map.
   */
  noteSaved(edit?: { readonly base: MapDocument | null; readonly patch: MapPatch; readonly revision: number | undefined }, step?: HistoryStep): void {
    const store = this.session.store;
    if (store === null) return;
    const exact = edit !== undefined && edit.base !== null && edit.revision !== undefined && store.revision === edit.revision;
    const saved: SavedMeanwhile = { map: store.map, edit: exact ? { base: edit.base!, patch: edit.patch } : undefined, step };
    if (this.engine !== null && this.engine.mapPath === store.path) this.engine.noteSaved(saved.map, saved.edit, saved.step);
    // Saved while the history loads: handed over, in order, once it has.
    else if (this.loading?.path === store.path) this.loading.pending.push(saved);
  }

  async stop(): Promise<void> {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    // A load under way finishes reading (nothing is written after the app closed) and is dropped.
    const loading = this.loading;
    this.loading = null;
    await loading?.done;
    const stopping = this.engine;
    this.engine = null;
    await stopping?.idle();
  }
}
