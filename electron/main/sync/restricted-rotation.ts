// Moving a restricted record to a new key, without one of its members ("Remove from this record…"),
// and following such a move. The record's history stays behind (it never shrinks, and the removed
// organizer already holds it); the current state becomes the first changes of a new record: a new
// id, a new 256-bit key and a new database beside the old one. The new key reaches each member who
// stays in a "rekey" note in the old database, wrapped for their own box key (restricted-rekey.ts),
// so nobody retypes anything, and a member who was offline follows when their app next syncs.
//
// The remover's steps, each checked before the next, so a failure leaves the record on its old key
// with nothing lost: a last sync (the relay must answer: the note goes there); the new record
// written and sent under the new key; then the note. Only then does the caller switch this device's
// settings. A follower's: the new key unwrapped, the new record's state fetched, their own changes
// the move had not seen carried over and sent; the caller then switches settings and deletes the old
// record's sealed changes. Nothing is sent under the old key once a member's note says it moved.
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { carryOver, cleanCopyOps } from '../../../shared/sync/clean-copy';
import { memberName } from '../../../shared/sync/conflicts';
import type { Relay } from './folder-relay';
import { besideRelay } from './relay-beside';
import type { RekeyNote } from './relay-note';
import { boxKeysOf, boxOp, recordMembers, recordNoteKey, unwrapKey, verifiedBox, wrapKey, writeRekeyNote, type SignerRoster } from './restricted-rekey';
import { RestrictedRecord, restrictedSyncFilePath } from './restricted-record';
import { readStoredNote } from './relay-note';
import { newCoalitionKey } from './seal';
import type { RelaySettings, RestrictedSettings, SharingSettings } from './sharing-file';
import type { SigningKeys } from './signing';

/** Who moves or follows: this organizer in the coalition's signed map. */
export interface RecordIdentity {
  readonly actor: string;
  readonly name: string;
  readonly coalitionId: string;
  readonly signing: SigningKeys;
}

export interface MoveContext {
  readonly mapPath: string;
  readonly me: RecordIdentity;
  readonly relayOf: (s: RelaySettings) => Relay;
}

/** The identity a record move needs, or null for a map shared before signing (it has no member keys). */
export function identityOf(settings: Pick<SharingSettings, 'actor' | 'name' | 'coalitionId' | 'signing'>): RecordIdentity | null {
  const s = settings.signing;
  return s === undefined ? null : { actor: settings.actor, name: settings.name, coalitionId: settings.coalitionId, signing: { publicKey: s.publicKey, privateKey: s.privateKey } };
}

/** The database (or subfolder) of record `id` beside `relay`, with the same account. */
export function besideRecord(relay: RelaySettings, id: string): RelaySettings {
  return besideRelay(relay, `restricted-${id}`);
}

/** The members who stay and their box keys; throws, in words, when one of them has none this device can trust yet. */
export function boxesOfStaying(record: RestrictedRecord, removed: readonly string[], roster: SignerRoster, me: RecordIdentity): [string, string][] {
  const state = record.syncPeer.state;
  return recordMembers(state)
    .filter((actor) => !removed.includes(actor))
    .map((actor) => {
      const box = actor === me.actor ? boxKeysOf(me.signing, me.coalitionId).publicKey : verifiedBox(state, actor, roster, me.coalitionId);
      if (box === null) throw new Error(`${memberName(state, actor)}’s app has not yet given this record a key for handing over a new one (it does once it syncs with this version of Coalition Mapper). Nothing was changed.`);
      return [actor, box];
    });
}

/**
 * The record's name on the remover's device once `removed` are out of it: a record named after one
 * of them when it was shared ("Shared with Ben") is named after who stays; any other name is kept.
 */
export function labelWithout(label: string, removed: readonly string[], staying: readonly string[]): string {
  if (!removed.some((name) => label === `Shared with ${name}`)) return label;
  return staying.length === 0 ? 'Shared with nobody else now' : `Shared with ${staying.join(', ')}`;
}

/** The remover's side: the new record, written and sent, and the signed note that hands its key over. */
export async function moveRecordWithout(old: RestrictedRecord, removed: readonly string[], roster: SignerRoster, ctx: MoveContext, create: (relay: RelaySettings) => Promise<void>): Promise<RestrictedRecord> {
  const boxes = boxesOfStaying(old, removed, roster, ctx.me);
  await old.sync();
  if ((await readStoredNote(old.settings.relay, 'rekey')) !== null) throw new Error('This record was already moved to a new key (perhaps by another member just now). Nothing was changed.');
  const id = randomBytes(16).toString('hex');
  const staying = boxes.map(([actor]) => actor).filter((actor) => actor !== ctx.me.actor).map((actor) => memberName(old.syncPeer.state, actor));
  const label = labelWithout(old.settings.label, removed.map((actor) => memberName(old.syncPeer.state, actor)), staying);
  const next: RestrictedSettings = { id, label, key: newCoalitionKey().toString('base64'), relay: besideRecord(old.settings.relay, id) };
  await create(next.relay);
  const fresh = await openFresh(next, ctx);
  try {
    await fresh.syncPeer.write([...cleanCopyOps(old.syncPeer.state, { removeMembers: [...removed] }), boxOp(ctx.me.actor, ctx.me.signing, ctx.me.coalitionId)]);
    await fresh.sync();
    const key = Buffer.from(next.key, 'base64');
    const keys = Object.fromEntries(boxes.map(([actor, box]) => [actor, wrapKey(key, box, id, actor)]));
    const note: RekeyNote = { at: new Date().toISOString(), by: ctx.me.actor, removed: [...removed], next: id, basis: old.syncPeer.state.vector(), keys };
    await writeRekeyNote(old.settings.relay, note, recordNoteKey(old.settings, ctx.me.signing));
  } catch (error) {
    await fresh.forget();
    // What reached the new database is sealed under a key nobody else holds: deleted when the relay lets it.
    await ctx.relayOf(next.relay).destroy?.().catch(() => undefined);
    throw error;
  }
  return fresh;
}

/** A member's side: the new record named by a note a member signed, this organizer's unsent changes carried over. */
export async function followRecord(old: RestrictedRecord, note: RekeyNote, ctx: MoveContext): Promise<RestrictedRecord> {
  const wrapped = note.keys[ctx.me.actor];
  if (wrapped === undefined) throw new Error('this organizer was removed from the record');
  const key = unwrapKey(wrapped, boxKeysOf(ctx.me.signing, ctx.me.coalitionId), note.next, ctx.me.actor);
  if (key === null) throw new Error('its new key does not open with this organizer’s key');
  const next: RestrictedSettings = { id: note.next, label: old.settings.label, key: key.toString('base64'), relay: besideRecord(old.settings.relay, note.next) };
  const fresh = await openFresh(next, ctx);
  try {
    await fresh.syncPeer.join();
    const mine = carryOver(old.syncPeer.state, ctx.me.actor, { basis: note.basis, erase: [] });
    await fresh.syncPeer.write([boxOp(ctx.me.actor, ctx.me.signing, ctx.me.coalitionId), ...mine]);
    await fresh.sync();
  } catch (error) {
    await fresh.forget();
    throw error;
  }
  return fresh;
}

async function openFresh(next: RestrictedSettings, ctx: MoveContext): Promise<RestrictedRecord> {
  // A move cut short earlier may have left a sync file for the new record: it starts again.
  await rm(restrictedSyncFilePath(ctx.mapPath, next.id), { force: true });
  return RestrictedRecord.open(ctx.mapPath, next, ctx.me, ctx.relayOf);
}
