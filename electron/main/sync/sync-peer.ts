// One organizer's side of a shared map. Every local edit becomes a change, sealed and written to
// this device's sync file before the edit is acknowledged (offline first: the relay may be away
// for days); sync() sends what is waiting and applies what others sent. The sync file holds only
// sealed changes, so no plaintext is left in the outbox; the map itself stays in the normal,
// encrypted-at-rest map file.
import { rm } from 'node:fs/promises';
import { MEMBER_TABLE, SYNC_FORMAT, type Change, type SetOp } from '../../../shared/sync/change';
import { memberName, openConflicts, type Conflict } from '../../../shared/sync/conflicts';
import { applyMapPatch, type MapPatch } from '../../../shared/map-patch';
import type { MapDocument } from '../../../shared/model';
import type { HistoryStep } from '../../../shared/sharing/sharing-contract';
import { mapOf, opsBetween, type MapLike } from '../../../shared/sync/map-ops';
import { opsOfPatch } from '../../../shared/sync/patch-ops';
import { SharedReplica } from '../../../shared/sync/replica';
import { keepUnknown } from '../../../shared/sync/schema-skew';
import { sharedPart } from '../../../shared/sync/shared-part';
import { undoOps } from '../../../shared/sync/undo';
import { RelayUnavailable } from './couch-relay';
import { Compactor, type CompactionOptions, type CompactionReport } from './compactor';
import type { Relay } from './folder-relay';
import { SyncRefusal, type Sealed, type Sealer } from './seal';
import { slicer } from './slices';
import type { ChangeSigning } from './signing-peer';
import { appendSyncFile, readSyncFile, rewriteSyncFile, type PeerFile } from './sync-file';

export interface PeerOptions {
  readonly actor: string;
  readonly name: string;
  readonly sealer: Sealer;
  readonly relay: Relay;
  /** This device's sync file (sealed changes and what is still to send). */
  readonly stateFile: string;
  readonly now?: () => string;
  /** The newest sync format this app reads and writes (tests stand in for an older or newer app). */
  readonly syncFormat?: number;
  /** What of a map this peer shares; by default `sharedPart` (no confidential person, no placeholder). */
  readonly part?: (map: MapLike) => MapLike;
  /** When and how this device compacts the relay (compactor.ts); snapshots are taken in either way. */
  readonly compaction?: CompactionOptions;
  /** A signed map (signing-peer.ts): `sealer` is then `signing.wrap(...)` of the coalition sealer. */
  readonly signing?: ChangeSigning;
  /** Opening the sync file lets the event loop run after this many ms of work (slices.ts; 0: after every line and change). */
  readonly sliceMs?: number;
}

/** A change from a newer app is waiting: the shared map is read-only until this app is updated. */
export class NewerFormat extends Error {
  constructor(readonly format: number, readonly mine: number) {
    super(`This shared map holds changes from a newer version of Coalition Mapper (sync format ${format}; this app reads ${mine}). It stays read-only until you update the app; nothing is lost: those changes are kept and applied after the update.`);
  }
}

export interface SyncReport {
  readonly sent: number;
  readonly received: number;
  /** Ids of sealed changes that could not be opened; never applied. */
  readonly refused: readonly string[];
}

/** Far below the change schema's limit, so sharing a big map sends many modest changes. */
const OPS_PER_CHANGE = 5_000;

interface Derived {
  readonly members: string[];
  readonly conflicts: Conflict[];
}
type DerivedEntries = { [K in keyof Derived]: { readonly revision: number; readonly value: Derived[K] } };

interface Opened {
  readonly sealed: Sealed;
  readonly change: Change;
}

export class SyncPeer {
  private readonly replica = new SharedReplica();
  private readonly undoStack: Change[][] = [];
  private readonly part: (map: MapLike) => MapLike;
  private readonly compactor: Compactor;
  private compacting = false;
  private readonly derived: Partial<DerivedEntries> = {};

  private constructor(
    private readonly options: PeerOptions,
    private readonly file: PeerFile,
  ) {
    this.part = options.part ?? ((map) => sharedPart(map));
    options.signing?.bind(this.replica);
    this.compactor = new Compactor(options.sealer, options.relay.snapshots, `${options.stateFile}.snapshot`, options.compaction, options.syncFormat ?? SYNC_FORMAT);
  }

  /**
   * Opens this device's sync file and applies what it holds. A big history takes a second or more of
   * CPU, so the work goes in slices (slices.ts): between lines, changes opened and changes applied
   * the event loop runs, and saves and the window's calls are answered meanwhile.
   */
  static async open(options: PeerOptions): Promise<SyncPeer> {
    const pause = slicer(options.sliceMs);
    const { file, rewrite } = await readSyncFile(options.stateFile, pause);
    const peer = new SyncPeer(options, file);
    const opened: Opened[] = [];
    for (const s of [...file.known, ...(file.ahead ?? [])]) {
      await pause();
      opened.push({ sealed: s, change: options.sealer.open(s) });
    }
    const { readable, ahead } = peer.byFormat(opened);
    // An updated app applies what an older one held back; the file then says so.
    const moved = ahead.length !== (file.ahead ?? []).length;
    file.known = readable.map((r) => r.sealed);
    file.ahead = ahead.map((r) => r.sealed);
    // One change at a time applies exactly as all at once (a change waiting for an earlier one is applied when it comes).
    for (const r of readable) {
      await pause();
      peer.replica.receive([r.change]);
      peer.compactor.note(r.sealed.id, r.change);
    }
    await peer.compactor.loadBase(peer.replica);
    if (rewrite || moved) await rewriteSyncFile(options.stateFile, file);
    return peer;
  }

  /** The first organizer: the shareable part of `map` becomes the shared map. */
  async share(map: MapLike): Promise<void> {
    await this.commit([...this.memberOps(), ...opsBetween({}, this.part(map), this.removal())]);
  }

  /** A joining organizer: take what the relay holds, then say who you are. */
  async join(): Promise<SyncReport> {
    const report = await this.sync();
    await this.commit(this.memberOps());
    await this.sync();
    return report;
  }

  /** Records a local edit (`before` -> `after`); resolves once it is safely in the sync file. */
  async record(before: MapLike, after: MapLike, step?: HistoryStep): Promise<number> {
    return this.recordOps(opsBetween(this.part(before), this.part(after), this.removal()), step);
  }

  /**
   * The same as record(before, applyMapPatch(before, patch)), the same writes in the same order,
   * at a cost that follows the patch rather than the map (patch-ops.ts). A patch that does not fit
   * `before` is compared whole, so it fails (or not) exactly as record() would.
   */
  async recordPatch(before: MapLike, patch: MapPatch, step?: HistoryStep): Promise<number> {
    const removal = this.removal();
    const ops = opsOfPatch(before, patch, removal, (m) => this.part(m)) ?? opsBetween(this.part(before), this.part(applyMapPatch(before as MapDocument, patch)), removal);
    return this.recordOps(ops, step);
  }

  private async recordOps(ops: readonly SetOp[], step?: HistoryStep): Promise<number> {
    const kept = keepUnknown(ops);
    const changes = await this.commit(kept);
    this.followStep(changes, step);
    return kept.length;
  }

  /**
   * The undo stack follows the window's own history (HistoryStep, sharing-contract.ts): the
   * window's undo of its last step takes that step off (recorded as a new change, it would
   * otherwise be the next thing undo() takes back, bringing the step back); a save that is no step
   * is not one here either; a delete that erases the history erases this one. A step that changed
   * nothing shared (a confidential person's) is on neither side.
   */
  private followStep(changes: readonly Change[], step: HistoryStep | undefined): void {
    if (step === 'clear') this.undoStack.splice(0);
    else if (changes.length === 0 || step === 'none') return;
    else if (step === 'undo') this.undoStack.pop();
    else this.undoStack.push([...changes]);
  }

  /** Whether undo() has a change of this organizer's own to take back. */
  get undoable(): boolean {
    return this.undoStack.length > 0;
  }

  /** The changes undo() would take back next (to say what they were); read them, never change them. */
  nextUndo(): readonly Change[] | undefined {
    return this.undoStack[this.undoStack.length - 1];
  }

  /** Writes the given ops as one local edit (settling a conflict, for example). */
  async write(ops: readonly SetOp[]): Promise<void> {
    await this.commit(ops);
  }

  async sync(): Promise<SyncReport> {
    const waiting = new Set(this.file.outbox);
    const outbox = this.file.known.filter((s) => waiting.has(s.id));
    await this.options.relay.push(outbox);
    await appendSyncFile(this.options.stateFile, outbox.length === 0 ? [] : [{ sent: outbox.map((s) => s.id) }]);
    this.file.outbox = this.file.outbox.filter((id) => !outbox.some((s) => s.id === id));
    const known = new Set([...this.file.known.map((s) => s.id), ...this.file.refused, ...(this.file.ahead ?? []).map((s) => s.id), ...(this.file.covered ?? [])]);
    const incoming = await this.options.relay.pull(known);
    const all = this.openAll(incoming);
    // A signed map checks authors against the member list: a device joining from a snapshot takes it in first.
    if (this.options.signing !== undefined) await this.compactor.absorbNew(this.replica);
    const checked = this.options.signing?.check(all.opened) ?? { accepted: all.opened, refused: [] };
    const opened = checked.accepted;
    const refused = [...all.refused, ...checked.refused];
    const { readable, ahead } = this.byFormat(opened);
    this.replica.receive(readable.map((r) => r.change));
    for (const r of readable) {
      this.file.known.push(r.sealed);
      this.compactor.note(r.sealed.id, r.change);
    }
    this.file.ahead = [...(this.file.ahead ?? []), ...ahead.map((r) => r.sealed)];
    for (const id of refused) this.file.refused.push(id);
    await appendSyncFile(this.options.stateFile, [
      ...readable.map((r) => ({ known: r.sealed })),
      ...ahead.map((r) => ({ ahead: r.sealed })),
      ...refused.map((id) => ({ refused: id })),
    ]);
    await this.compactor.absorbNew(this.replica);
    await this.compactor.shorten(this.file, this.options.stateFile, this.options.actor);
    if (!this.compacting && this.compactor.due(this.replica)) await this.compactQuietly();
    return { sent: outbox.length, received: readable.length, refused };
  }

  /** Sends and fetches, then writes a snapshot and purges from the relay what verified snapshots cover. */
  async compact(): Promise<CompactionReport> {
    this.compacting = true;
    try {
      await this.sync();
      const report = await this.compactor.compact(this.replica, this.file.known);
      await this.compactor.shorten(this.file, this.options.stateFile, this.options.actor);
      return report;
    } finally {
      this.compacting = false;
    }
  }

  /** Compaction on its own, after a sync: a relay that stops answering midway only means next time. */
  private async compactQuietly(): Promise<void> {
    try {
      await this.compact();
    } catch (error) {
      if (!(error instanceof RelayUnavailable)) throw error;
    }
  }

  /** This organizer's actor id. */
  get actor(): string {
    return this.options.actor;
  }

  get name(): string {
    return this.options.name;
  }

  get stateFile(): string {
    return this.options.stateFile;
  }

  /** The shared state as applied here; read it, never change it (changes go through write()). */
  get state(): SharedReplica {
    return this.replica;
  }

  /** Deletes this device's sync file (after a clean copy replaced it): no sealed change stays behind. */
  async forget(): Promise<void> {
    await rm(this.options.stateFile, { force: true });
    await this.compactor.forget();
    this.file.known.splice(0);
    this.file.outbox.splice(0);
  }

  /** The organizers of this shared map, by the names they gave when they shared or joined. */
  members(): string[] {
    return [...this.sinceLastChange('members', () => this.replica.recordsOf(MEMBER_TABLE).map((m) => memberName(this.replica, m.id)))];
  }

  map(header: { readonly format: string; readonly version: number }): MapLike {
    return mapOf(this.replica, header);
  }

  conflicts(): Conflict[] {
    return [...this.sinceLastChange('conflicts', () => openConflicts(this.replica))];
  }

  /**
   * What is read from the whole shared state (tens of ms at 20,000 stakeholders: the window asks for
   * the status every 1.5 s) is worked out again only after the state changed.
   */
  private sinceLastChange<K extends keyof Derived>(what: K, work: () => Derived[K]): Derived[K] {
    const kept = this.derived[what];
    if (kept !== undefined && kept.revision === this.replica.revision) return kept.value;
    const value = work();
    this.derived[what] = { revision: this.replica.revision, value } as DerivedEntries[K];
    return value;
  }

  status(): { readonly waitingToSend: number; readonly refused: number; readonly changes: number; readonly newerFormat: number | null } {
    return { waitingToSend: this.file.outbox.length, refused: this.file.refused.length, changes: this.file.known.length, newerFormat: this.newerFormat() };
  }

  /** The newest sync format among held-back changes, or null when this app reads them all. */
  newerFormat(): number | null {
    const formats = (this.file.ahead ?? []).map((s) => this.options.sealer.open(s).format ?? 1);
    const snapshot = this.compactor.newerFormat();
    if (snapshot !== null) formats.push(snapshot);
    return formats.length === 0 ? null : Math.max(...formats);
  }

  /**
   * Undoes this organizer's last edit (recorded since the app opened the map): its fields go back
   * to what they were, for everyone. Refused, with the reason in words, when someone else changed
   * one of those fields since; nothing is written then.
   */
  async undo(): Promise<{ readonly undone: boolean; readonly message: string }> {
    const last = this.undoStack[this.undoStack.length - 1];
    if (last === undefined) return { undone: false, message: 'Nothing of yours to undo.' };
    const ops: SetOp[] = [];
    for (const change of [...last].reverse()) {
      const plan = undoOps(this.replica, change, this.now());
      if (!plan.ok) return { undone: false, message: plan.reason };
      for (const op of plan.ops) ops.push(op);
    }
    this.undoStack.pop();
    await this.commit(ops);
    return { undone: true, message: 'Your last change was undone.' };
  }

  private async commit(ops: readonly SetOp[]): Promise<Change[]> {
    const newer = this.newerFormat();
    if (newer !== null) throw new NewerFormat(newer, this.format());
    const at = this.now();
    const changes: Change[] = [];
    const sealed: Sealed[] = [];
    for (let start = 0; start < ops.length; start += OPS_PER_CHANGE) {
      const change = this.replica.commit(this.options.actor, ops.slice(start, start + OPS_PER_CHANGE), at, this.format());
      changes.push(change);
      sealed.push(this.options.sealer.seal(change));
    }
    await appendSyncFile(this.options.stateFile, sealed.map((s) => ({ mine: s })));
    for (const s of sealed) {
      this.file.known.push(s);
      this.file.outbox.push(s.id);
    }
    return changes;
  }

  private format(): number {
    return this.options.syncFormat ?? SYNC_FORMAT;
  }

  private byFormat(opened: readonly Opened[]): { readable: Opened[]; ahead: Opened[] } {
    const readable = opened.filter((o) => (o.change.format ?? 1) <= this.format());
    return { readable, ahead: opened.filter((o) => !readable.includes(o)) };
  }

  private openAll(incoming: readonly Sealed[]): { opened: Opened[]; refused: string[] } {
    const opened: Opened[] = [];
    const refused: string[] = [];
    for (const sealed of incoming) {
      try {
        opened.push({ sealed, change: this.options.sealer.open(sealed) });
      } catch (error) {
        if (!(error instanceof SyncRefusal)) throw error;
        refused.push(sealed.id);
      }
    }
    return { opened, refused };
  }

  private memberOps(): SetOp[] {
    return [{ table: MEMBER_TABLE, id: this.options.actor, field: 'name', value: this.options.name }, ...(this.options.signing?.memberOps(this.options.actor) ?? [])];
  }

  private removal(): { by: string; at: string } {
    return { by: this.options.actor, at: this.now() };
  }

  private now(): string {
    return (this.options.now ?? (() => new Date().toISOString()))();
  }
}
