// The open shared map's sync, in the main process and off the window's path: every saved edit is
// handed over as "the map is now this" and turned into a sealed change in the background; a loop
// sends what waits and fetches what others sent, retrying with a growing pause while the relay is
// away. The map file itself only changes when the window takes the others' changes (in the
// backend's queue, like any save), so an edit is always saved locally first, exactly as before.
import { keepValue, settleRemoval, type Conflict } from '../../../shared/sync/conflicts';
import { tiesRemovedWith } from '../../../shared/sharing/keep-removed';
import { mergeShared, valueText } from '../../../shared/sharing/merge';
import type { HistoryStep, SettleArg, SharedConflict, SharingStatus } from '../../../shared/sharing/sharing-contract';
import type { Change } from '../../../shared/sync/change';
import type { SharedReplica } from '../../../shared/sync/replica';
import type { MapPatch } from '../../../shared/map-patch';
import type { MapDocument } from '../../../shared/model';
import { MAP_FORMAT, MAP_VERSION } from '../../../shared/schema';
import { MEMBER_TABLE } from '../../../shared/sync/change';
import { createQueue } from '../queue';
import type { PassphraseCodec } from '../crypto';
import { allowPlaceholders, mainPart, placeholderRefreshOps, publishedPlaceholders } from '../sync/placeholder-policy';
import { PlaceholderRefresh } from '../sync/placeholder-refresh';
import { RestrictedSet, type RecordHooks } from '../sync/restricted-set';
import { memberView, rosterOf } from '../sync/signing-roster';
import { newInvitation } from '../sync/signing-peer';
import { SyncPeer } from '../sync/sync-peer';
import { noteKeyOf } from '../sync/note-key';
import { readNote, type MovedNote } from '../sync/relay-note';
import type { SharingSettings } from '../sync/sharing-file';
import type { SyncAudit } from './sharing-audit';
import { copyTo, followTo, openPeer, type Home } from './sharing-copy';
import { failureKind, relayFor, shownAddress } from './sharing-relay';

const HEADER = { format: MAP_FORMAT, version: MAP_VERSION };
/** Pause between rounds while the relay answers, and the longest pause while it does not. */
export const SYNC_EVERY_MS = 3_000;
const LONGEST_PAUSE_MS = 60_000;
/**
 * Bookkeeping, not content: when two organizers both touch a record, both stamp `updatedAt`, and
 * a node dragged on both maps has two positions. Every device shows the same winner (the later
 * write), so these are not put to the organizers as conflicts.
 */
const NOT_ASKED = new Set(['updatedAt', 'createdAt', 'position']);

export class SharedMapSync {
  private readonly inPeer = createQueue();
  private failures = 0;
  private nextAt = 0;
  private problem: { state: 'offline' | 'unreachable'; reason: string } | null = null;
  private incoming = 0;
  private shownIncoming = 0;
  private lastSyncAt: string | null = null;
  private running = false;
  /** The "moved" note found in this copy's database: nothing more is sent or fetched here. */
  private moved: MovedNote | null = null;
  /** This engine's peer moved to a new copy (or is moving): it never syncs again. */
  private retired = false;
  /** When this organizer's placeholders are next checked: on a clock, never with an edit. */
  private readonly placeholderRefresh = new PlaceholderRefresh();
  /** Saves `<map>.sharing` under the map's passphrase (set by the open map's owner); a restricted record's move is followed only with it. */
  settingsWriter: ((config: SharingSettings) => Promise<void>) | null = null;
  private organizersKept: { readonly revision: number; readonly list: readonly { id: string; name: string }[] } | null = null;

  private constructor(
    readonly mapPath: string,
    /** Replaced when a setting changes (placeholders allowed or not). */
    public config: SharingSettings,
    private readonly peer: SyncPeer,
    private lastRecorded: MapDocument,
    private readonly audit: SyncAudit | null,
    private readonly restricted: RestrictedSet,
  ) {}

  /** The sync of the map at `mapPath`; its sealed changes are kept beside it (`<map>.sync.json`), where the command line reads them too. */
  static async open(mapPath: string, config: SharingSettings, map: MapDocument, audit: SyncAudit | null = null): Promise<SharedMapSync> {
    // Restricted records this organizer is a member of sync alongside; their people get no placeholder.
    const restricted = await RestrictedSet.open(mapPath, config, relayFor);
    const peer = await openPeer(mapPath, config, mainPart(config, restricted.ids));
    const sync = new SharedMapSync(mapPath, config, peer, map, audit, restricted);
    // Whatever reached this computer last time and is not in the map file yet is shown at once.
    sync.incoming = 1;
    return sync;
  }

  /**
   * This engine replaces `previous` on the same map (a restricted record joined, started or left):
   * its count of arrivals goes on from there, so the window, which takes the others' changes when
   * the count moves, takes this engine's view even when the new record brought nothing more.
   */
  succeeds(previous: SharedMapSync): this {
    this.incoming = Math.max(this.incoming, previous.incoming + 1);
    return this;
  }

  /** The first organizer: the map's shareable part becomes the shared map. */
  async share(map: MapDocument): Promise<void> {
    await this.inPeer(async () => {
      await this.peer.share(map);
      // The first share removes no one, so its placeholders may follow at once.
      await this.peer.write(placeholderRefreshOps(this.peer, this.config, map, this.restricted.ids, new Date().toISOString()));
      this.placeholderRefresh.checked(Date.now(), this.restricted.ids.size);
      this.lastRecorded = map;
      this.shownIncoming = this.incoming;
    });
    this.tryNow();
  }

  /**
   * A save landed: the map is now `map`. Recorded as a change in the background, in order; from
   * `edit.patch` when `map` is that patch applied to `edit.base` (the window's own patch save);
   * `step` is how the window's undo history took it (SyncPeer's undo follows it).
   */
  noteSaved(map: MapDocument, edit?: { readonly base: MapDocument; readonly patch: MapPatch }, step?: HistoryStep): void {
    void this.inPeer(() => this.recordUpTo(map, edit, step)).catch(() => undefined);
    this.nextAt = Math.min(this.nextAt, Date.now() + 300);
  }

  /** Runs a sync round when one is due; never throws (a failure is the status). */
  async tick(now = Date.now()): Promise<void> {
    if (this.running || now < this.nextAt || this.retired || this.moved !== null) return;
    this.running = true;
    try {
      await this.inPeer(() => this.round());
    } finally {
      this.running = false;
    }
  }

  /** Resolves when the change or sync under way has finished (before the app closes). */
  async idle(): Promise<void> {
    await this.inPeer(async () => undefined);
  }

  /** A sync round now, after whatever round is under way ("Try now"). */
  async syncNow(): Promise<void> {
    await this.inPeer(() => (this.retired ? Promise.resolve() : this.round()));
  }

  /**
   * Starts a new copy (a removal or a clean copy): the current state, `plan`'s members and
   * records left out, under `home`'s key in its database. This engine is retired.
   */
  async startCopy(local: MapDocument, home: Home, removeMembers: readonly string[]): Promise<SyncPeer> {
    return this.inPeer(async () => {
      await this.recordUpTo(local);
      // Retired only once the copy is written: a move that fails leaves this copy syncing as before.
      const peer = await copyTo(this.peer, home, removeMembers);
      this.retired = true;
      return peer;
    });
  }

  /** Follows to the new copy an organizer started; this organizer's unseen changes are carried over. */
  async follow(local: MapDocument, home: Home): Promise<SyncPeer> {
    return this.inPeer(async () => {
      await this.recordUpTo(local);
      const peer = await followTo(this.peer, home);
      this.retired = true;
      return peer;
    });
  }

  /** The organizers, with their ids (to remove one), in the order they joined. */
  organizers(): { id: string; name: string }[] {
    // Read from the whole shared state only after it changed (the window asks for the status every 1.5 s).
    if (this.organizersKept?.revision !== this.peer.state.revision) {
      const names = this.peer.members();
      this.organizersKept = { revision: this.peer.state.revision, list: this.peer.state.recordsOf(MEMBER_TABLE).map((m, i) => ({ id: m.id, name: names[i] ?? m.id })) };
    }
    return this.organizersKept.list.map((o) => ({ ...o }));
  }

  /** The restricted records this organizer is a member of (restricted-set.ts). */
  get restrictedRecords(): RestrictedSet {
    return this.restricted;
  }

  /** The next tick tries the relay at once. */
  tryNow(): void {
    this.nextAt = 0;
  }

  /** The map with the others' changes, or null when the window already shows them all. */
  async merged(local: MapDocument): Promise<MapLikeWithWhen | null> {
    if (this.incoming === this.shownIncoming) return null;
    return this.inPeer(async () => {
      await this.recordUpTo(local);
      const merged = mergeShared(this.peer.map(HEADER), local, new Set(publishedPlaceholders(this.peer, this.config, local).map((p) => p.id)));
      return { map: this.restricted.view(merged), incoming: this.incoming };
    });
  }

  /** The merged map is saved: it is what the shared state stands for now. */
  async mergedSaved(map: MapDocument, incoming: number): Promise<void> {
    await this.inPeer(async () => {
      this.lastRecorded = map;
      this.shownIncoming = incoming;
    });
  }

  /** Writes the organizer's decision on one conflict as a change made after seeing every side. */
  /**
   * A signed map: a new invitation, vouched for on this organizer's member record, and its secret
   * for the invite's words (signing-peer.ts). Undefined for a map shared before signing.
   */
  async newInvitation(): Promise<Uint8Array | undefined> {
    const s = this.config.signing;
    if (s === undefined) return undefined;
    return this.inPeer(async () => {
      const { secret, op } = newInvitation({ keys: { publicKey: s.publicKey, privateKey: s.privateKey }, coalitionId: this.config.coalitionId }, this.config.actor);
      await this.peer.write([op]);
      // Sent at once when the relay answers: the invitee's app waits for it before joining.
      await this.round();
      return secret;
    });
  }

  async settle(arg: SettleArg, local: MapDocument): Promise<void> {
    await this.inPeer(async () => {
      await this.recordUpTo(local);
      const conflict = this.peer.conflicts().find((c) => c.table === arg.table && c.id === arg.id && ('field' in arg ? c.kind === 'two-values' && c.field === arg.field : c.kind === 'removed-while-edited'));
      if (conflict === undefined) throw new Error('That conflict is already settled (perhaps by another organizer); the map shows the current value.');
      const keep = 'keepRecord' in arg && arg.keepRecord;
      const op = conflict.kind === 'two-values' ? keepValue(conflict, 'keep' in arg ? arg.keep : 0) : settleRemoval(conflict, keep, this.config.actor, new Date().toISOString());
      const ties = keep && arg.table === 'stakeholders' ? tiesRemovedWith(this.peer.state, arg.id) : [];
      await this.peer.write([op, ...ties]);
      this.incoming += 1;
    });
    this.tryNow();
  }

  /**
   * Takes back this organizer's last own change, for everyone (SyncPeer.undo), after the saves
   * before it are recorded; `describe` says what it was, read before it is undone. When undone, the
   * window takes the map again (sharing-undo.ts).
   */
  async undoOwn(local: MapDocument, describe: (state: SharedReplica, changes: readonly Change[]) => string): Promise<{ undone: boolean; message: string; what: string }> {
    const result = await this.inPeer(async () => {
      await this.recordUpTo(local);
      const next = this.peer.nextUndo();
      const what = next === undefined ? '' : describe(this.peer.state, next);
      const done = await this.peer.undo();
      if (done.undone) this.incoming += 1;
      return { ...done, what };
    });
    if (result.undone) this.tryNow();
    return result;
  }

  /** Runs `work` on the restricted records in order with every sync step, after the edits saved before it are recorded. */
  async inRestricted<T>(local: MapDocument, work: (records: RestrictedSet) => Promise<T>): Promise<T> {
    const result = await this.inPeer(async () => {
      await this.recordUpTo(local);
      return work(this.restricted);
    });
    this.tryNow();
    return result;
  }

  /** Allows or stops anonymous placeholders for this organizer's confidential people (saved in `<map>.sharing`). */
  async allowPlaceholders(allowed: boolean, local: MapDocument, codec: PassphraseCodec | null): Promise<void> {
    await this.inPeer(async () => {
      await this.recordUpTo(local);
      this.config = await allowPlaceholders(this.mapPath, this.config, codec, this.peer, local, allowed, this.restricted.ids);
    });
    this.tryNow();
  }

  /** What a restricted record's move needs (restricted-moves.ts): the coalition's member list, and saving the settings it changes. */
  recordHooks(): RecordHooks {
    const write = this.settingsWriter;
    return {
      roster: rosterOf(memberView(this.peer.state), this.config.coalitionId),
      persist:
        write === null
          ? null
          : async (update) => {
              const next = update(this.config);
              await write(next);
              this.config = next;
            },
      refused: async (count) => this.audit?.('sync-refused', count),
    };
  }

  status(): SharingStatus {
    const counts = this.peer.status();
    const refusedState = counts.refused > 0 ? 'refused' : this.lastSyncAt === null ? 'syncing' : 'synced';
    const movedState = this.moved === null ? null : this.moved.removed.includes(this.config.actor) ? 'removed' : 'moved';
    return {
      state: movedState ?? this.problem?.state ?? refusedState,
      moved: this.moved === null ? null : { at: this.moved.at, by: this.moved.by },
      you: this.config.name,
      youId: this.config.actor,
      organizers: this.organizers(),
      waiting: counts.waitingToSend,
      refused: counts.refused,
      reason: this.problem?.reason ?? null,
      relay: shownAddress(this.config.relay),
      members: this.peer.members(),
      conflicts: this.peer.conflicts().filter((c) => c.kind !== 'two-values' || !NOT_ASKED.has(c.field)).map((c) => this.inWords(c)),
      incoming: this.incoming,
      undoable: this.peer.undoable,
      lastSyncAt: this.lastSyncAt,
      placeholders: this.config.placeholders !== undefined,
      restricted: this.restricted.summaries(),
      restrictedDetails: this.restricted.details(),
    };
  }

  private async round(): Promise<void> {
    try {
      // Checked before anything is sent: once the map moved, an edit sent here would reach only
      // the old key, which the removed organizer holds.
      // In a signed map only a note a member signed counts: a key holder cannot stop the others' sync.
      this.moved = await readNote(this.config.relay, 'moved', noteKeyOf(this.config, this.peer.state));
      if (this.moved !== null) {
        this.problem = null;
        return;
      }
      const report = await this.peer.sync();
      if (report.refused.length > 0) await this.audit?.('sync-refused', report.refused.length);
      if (report.received > 0) this.incoming += 1;
      if (this.restricted.size > 0 && (await this.restricted.sync(this.recordHooks())) > 0) this.incoming += 1;
      await this.refreshPlaceholders();
      this.problem = null;
      this.failures = 0;
      this.lastSyncAt = new Date().toISOString();
      this.nextAt = Date.now() + SYNC_EVERY_MS;
    } catch (error) {
      this.failures += 1;
      // One failed round is often a connection the relay had just closed: tried again at once, unannounced.
      if (this.failures > 1) this.problem = failureKind(error);
      this.nextAt = Date.now() + (this.failures === 1 ? 500 : Math.min(LONGEST_PAUSE_MS, 2_000 * 2 ** (this.failures - 2)));
    }
  }

  /**
   * When due (placeholder-refresh.ts), this organizer's placeholders are brought up to date with
   * the map as last recorded, in a change of their own that the next round sends.
   */
  private async refreshPlaceholders(): Promise<void> {
    const now = Date.now();
    if (!this.placeholderRefresh.due(now, this.restricted.ids.size)) return;
    this.placeholderRefresh.checked(now, this.restricted.ids.size);
    await this.peer.write(placeholderRefreshOps(this.peer, this.config, this.lastRecorded, this.restricted.ids, new Date(now).toISOString()));
  }

  private async recordUpTo(map: MapDocument, edit?: { readonly base: MapDocument; readonly patch: MapPatch }, step?: HistoryStep): Promise<void> {
    if (map === this.lastRecorded) return;
    // The patch says the edit only when it was made on what the sync last recorded.
    if (edit !== undefined && edit.base === this.lastRecorded) await this.peer.recordPatch(this.lastRecorded, edit.patch, step);
    else await this.peer.record(this.lastRecorded, map, step);
    await this.restricted.record(this.lastRecorded, map);
    this.lastRecorded = map;
  }

  private inWords(c: Conflict): SharedConflict {
    const label = labelOf(c);
    if (c.kind === 'removed-while-edited') return { kind: c.kind, table: c.table, id: c.id, label, field: null, sentence: c.sentence, values: [] };
    const names = [...new Set(c.values.map((v) => v.by))].sort((a, b) => a.localeCompare(b));
    const by = names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
    return { kind: c.kind, table: c.table, id: c.id, label, field: c.field, sentence: `Changed by ${by}`, values: c.values.map((v) => ({ text: valueText(v.value), by: v.by })) };
  }
}

export type MapLikeWithWhen = { readonly map: Readonly<Record<string, unknown>>; readonly incoming: number };

/** The record's name as the conflict's sentence starts with it ("Safe Harbor: role changed by …"). */
function labelOf(c: Conflict): string {
  if (c.kind === 'two-values') {
    const end = c.sentence.lastIndexOf(`: ${c.field} changed by `);
    return end > 0 ? c.sentence.slice(0, end) : c.id;
  }
  const match = / removed (.*) while it was being edited/.exec(c.sentence);
  return match?.[1] ?? c.id;
}
