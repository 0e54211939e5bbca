// The restricted records' side of moves to a new key (restricted-rotation.ts), for the set of records
// an organizer is a member of (restricted-set.ts). Each sync round reads a record's "rekey" note
// before anything is sent: a note a member signed is followed (this device moves to the new key and
// saves it in `<map>.sharing`), or, when it holds no key for this organizer, the record stops
// syncing here and the window asks the organizer to leave it; a note no member signed is refused,
// audited as a count, and the record syncs on under its key. Every member also publishes their box
// key in each record, once, so a later move can hand them the new key.
import { MEMBER_TABLE } from '../../../shared/sync/change';
import { memberName } from '../../../shared/sync/conflicts';
import { winner } from '../../../shared/sync/register';
import type { Relay } from './folder-relay';
import type { RekeyNote } from './relay-note';
import { BOX_FIELD, boxKeysOf, boxOp, readRekeyNote, recordMembers, type SignerRoster } from './restricted-rekey';
import type { RestrictedRecord } from './restricted-record';
import { followRecord, identityOf, moveRecordWithout, type MoveContext, type RecordIdentity } from './restricted-rotation';
import type { RelaySettings, SharingSettings } from './sharing-file';

export interface RecordHooks {
  /** The coalition's member list as this device holds it: whose signing key is whose. */
  readonly roster: SignerRoster;
  /** Saves the map's sharing settings as `update` changes them; null when they cannot be saved now (no move is followed then). */
  readonly persist: ((update: (settings: SharingSettings) => SharingSettings) => Promise<void>) | null;
  /** A move note no member signed was found (a count, for the audit log). */
  readonly refused?: (count: number) => Promise<unknown>;
}

export class RecordMoves {
  /** Records whose move left this organizer out: record id -> who moved it. */
  private readonly removed = new Map<string, string>();
  /** Records whose refused note was already audited (once per note seen). */
  private readonly refusedSeen = new Set<string>();
  private readonly me: RecordIdentity | null;

  constructor(
    private readonly mapPath: string,
    settings: SharingSettings,
    private readonly relayOf: (s: RelaySettings) => Relay,
    private readonly replace: (old: RestrictedRecord, fresh: RestrictedRecord) => void,
  ) {
    this.me = identityOf(settings);
  }

  /** Who moved `record` to a new key without this organizer, by name; null when nobody did. */
  removedBy(record: RestrictedRecord): string | null {
    return this.removed.get(record.settings.id) ?? null;
  }

  /** One record's sync round; the number of changes received (a move followed counts as one). */
  async syncOne(record: RestrictedRecord, hooks: RecordHooks): Promise<number> {
    const me = this.me;
    if (me === null) return (await record.sync()).received;
    if (this.removed.has(record.settings.id)) return 0;
    const found = await this.note(record, hooks);
    if (found.kind === 'valid') return this.follow(record, found.note, me, hooks);
    await this.publishBox(record, me);
    const received = (await record.sync()).received;
    if (found.kind === 'none') return received;
    // Refused: perhaps signed by a member this device had not heard of yet; the sync just fetched the record's member list.
    const again = await this.note(record, hooks);
    if (again.kind === 'valid') return received + (await this.follow(record, again.note, me, hooks));
    if (!this.refusedSeen.has(record.settings.id)) {
      this.refusedSeen.add(record.settings.id);
      await hooks.refused?.(1);
    }
    return received;
  }

  private note(record: RestrictedRecord, hooks: RecordHooks): ReturnType<typeof readRekeyNote> {
    return readRekeyNote(record.settings.relay, record.settings, recordMembers(record.syncPeer.state), hooks.roster);
  }

  /** "Remove from this record…": moves `record` to a new key without `member`; this device switches to it. */
  async removeMember(record: RestrictedRecord, member: string, hooks: RecordHooks & { readonly persist: NonNullable<RecordHooks['persist']> }, create: (relay: RelaySettings) => Promise<void>): Promise<RestrictedRecord> {
    if (this.me === null) throw new Error('This map was shared before signed maps, so its members have no keys to hand a record’s new key to. Start a new record for the person instead. Nothing was changed.');
    const fresh = await moveRecordWithout(record, [member], hooks.roster, this.context(this.me), create);
    try {
      await this.switchTo(record, fresh, hooks.persist);
    } catch (error) {
      throw new Error(`The record moved to its new key, but this computer could not save it (${error instanceof Error ? error.message : String(error)}); it follows the move at its next sync.`, { cause: error });
    }
    return fresh;
  }

  private async follow(record: RestrictedRecord, note: RekeyNote, me: RecordIdentity, hooks: RecordHooks): Promise<number> {
    if (note.keys[me.actor] === undefined) {
      this.removed.set(record.settings.id, memberName(record.syncPeer.state, note.by));
      return 0;
    }
    // Until the new key can be saved here, nothing more goes out under the old one.
    if (hooks.persist === null) return 0;
    const fresh = await followRecord(record, note, this.context(me));
    await this.switchTo(record, fresh, hooks.persist);
    return 1;
  }

  /** Saves the new key in place of the old (the new record forgotten if that fails), then deletes the old record's sealed changes. */
  private async switchTo(old: RestrictedRecord, fresh: RestrictedRecord, persist: NonNullable<RecordHooks['persist']>): Promise<void> {
    try {
      await persist((settings) => ({ ...settings, restricted: (settings.restricted ?? []).map((r) => (r.id === old.settings.id ? fresh.settings : r)) }));
    } catch (error) {
      await fresh.forget();
      throw error;
    }
    this.replace(old, fresh);
    await old.forget();
  }

  private async publishBox(record: RestrictedRecord, me: RecordIdentity): Promise<void> {
    const register = record.syncPeer.state.record(MEMBER_TABLE, me.actor)?.fields.get(BOX_FIELD);
    const published = register === undefined || register.length === 0 ? undefined : (winner(register).value as { key?: unknown } | null)?.key;
    if (published === boxKeysOf(me.signing, me.coalitionId).publicKey) return;
    await record.syncPeer.write([boxOp(me.actor, me.signing, me.coalitionId)]);
  }

  private context(me: RecordIdentity): MoveContext {
    return { mapPath: this.mapPath, me, relayOf: this.relayOf };
  }
}
