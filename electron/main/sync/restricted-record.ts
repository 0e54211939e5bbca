// A restricted record on this device (shared/sync/restricted.ts says what it holds): a survivor two
// advocates must share, in a document with its own 256-bit key and its own relay database, beside
// the coalition's shared map and synced alongside it. Its settings (id, key, relay) are kept with
// the map's other sharing settings in `<map>.sharing`, under the map's passphrase; its sealed
// changes in `<map>.restricted-<id>.sync.json`. An organizer who was not invited holds neither
// the key nor, at a CouchDB relay, an account the database's `_security` lets in.
import { randomBytes } from 'node:crypto';
import { MAP_FORMAT, MAP_VERSION } from '../../../shared/schema';
import { inviteFromWords, inviteToWords } from '../../../shared/sharing/invite';
import type { MapLike } from '../../../shared/sync/map-ops';
import { MEMBER_TABLE, REMOVED_FIELD } from '../../../shared/sync/change';
import { isRemoved } from '../../../shared/sync/replica';
import { restrictedPart } from '../../../shared/sync/restricted';
import type { PassphraseCodec } from '../crypto';
import type { Relay } from './folder-relay';
import { coalitionSealer, newCoalitionKey, type Sealer } from './seal';
import { relayFor, writeSharingFile, type RelaySettings, type RestrictedSettings, type SharingSettings } from './sharing-file';
import { SyncPeer, type SyncReport } from './sync-peer';

const HEADER = { format: MAP_FORMAT, version: MAP_VERSION };

export function restrictedSyncFilePath(mapPath: string, id: string): string {
  return `${mapPath}.restricted-${id}.sync.json`;
}

/** Bound to the restricted record: its changes open under no other key or id, and a coalition invite's key opens none of them. */
export function restrictedSealer(settings: Pick<RestrictedSettings, 'id' | 'key'>): Sealer {
  return coalitionSealer(Buffer.from(settings.key, 'base64'), `restricted-${settings.id}`);
}

export class RestrictedRecord {
  /** The people this record holds, as far as this device knows (grows as members add people). */
  private readonly ids = new Set<string>();
  private peer: SyncPeer | null = null;

  private constructor(readonly settings: RestrictedSettings) {}

  /** Opens a restricted record this organizer is a member of; `relayOf` may add a time limit to each call (the window's sync does). */
  static async open(mapPath: string, settings: RestrictedSettings, me: Pick<SharingSettings, 'actor' | 'name'>, relayOf: (s: RelaySettings) => Relay = relayFor): Promise<RestrictedRecord> {
    const record = new RestrictedRecord(settings);
    record.peer = await SyncPeer.open({
      actor: me.actor,
      name: me.name,
      sealer: restrictedSealer(settings),
      relay: relayOf(settings.relay),
      stateFile: restrictedSyncFilePath(mapPath, settings.id),
      part: (map) => restrictedPart(map, record.ids),
    });
    record.learnIds();
    return record;
  }

  /**
   * Starts a restricted record for the people `ids` of `map`, at a relay database set up for its
   * members (`provisionRestrictedDatabase`); its settings are saved before anything is sent.
   */
  static async create(
    mapPath: string,
    sharing: SharingSettings,
    codec: PassphraseCodec | null,
    request: { readonly label: string; readonly relay: RelaySettings; readonly ids: readonly string[] },
    map: MapLike,
  ): Promise<{ record: RestrictedRecord; settings: SharingSettings }> {
    const entry: RestrictedSettings = { id: randomBytes(16).toString('hex'), label: request.label, key: newCoalitionKey().toString('base64'), relay: request.relay };
    const settings = await saveEntry(mapPath, sharing, codec, entry);
    const record = await RestrictedRecord.open(mapPath, entry, sharing);
    for (const id of request.ids) record.ids.add(id);
    await record.engine.share(map);
    await record.sync();
    return { record, settings };
  }

  /** Joins a restricted record from an invite's words and its database's address. */
  static async join(
    mapPath: string,
    sharing: SharingSettings,
    codec: PassphraseCodec | null,
    invite: { readonly words: string; readonly label: string; readonly relay: RelaySettings },
  ): Promise<{ record: RestrictedRecord; settings: SharingSettings }> {
    const { coalitionId, key } = inviteFromWords(invite.words);
    const entry: RestrictedSettings = { id: coalitionId, label: invite.label, key: Buffer.from(key).toString('base64'), relay: invite.relay };
    const settings = await saveEntry(mapPath, sharing, codec, entry);
    const record = await RestrictedRecord.open(mapPath, entry, sharing);
    await record.engine.join();
    record.learnIds();
    return { record, settings };
  }

  /** An invite for one more member (they also need an account the database lets in). */
  invite(name: string): string {
    return inviteToWords({ coalitionId: this.settings.id, key: Buffer.from(this.settings.key, 'base64'), name });
  }

  /** Puts person `id` of `map` (and their ties to the record's other people) into the record. */
  async add(id: string, map: MapLike): Promise<void> {
    const touches = (t: Readonly<Record<string, unknown>>) => t.source === id || t.target === id;
    const without = { ...map, stakeholders: list(map.stakeholders).filter((s) => s.id !== id), ties: list(map.ties).filter((t) => !touches(t)) };
    this.ids.add(id);
    await this.engine.record(without, map);
  }

  /** A local edit (`before` -> `after`); only the record's people and their ties are written. */
  async record(before: MapLike, after: MapLike): Promise<number> {
    return this.engine.record(before, after);
  }

  async sync(): Promise<SyncReport> {
    const report = await this.engine.sync();
    this.learnIds();
    return report;
  }

  /** What the record holds, as every member's device shows it. */
  map(): MapLike {
    return this.engine.map(HEADER);
  }

  /** The people this record holds (its placeholders are none: see placeholder-policy's `withoutIds`). */
  people(): ReadonlySet<string> {
    return new Set(this.ids);
  }

  /** The organizers in the record by name, in the order they joined; those who left are not. */
  members(): string[] {
    return this.organizers().map((o) => o.name);
  }

  /** The same with each organizer's id (their actor id in the coalition's shared map). */
  organizers(): { id: string; name: string }[] {
    const names = this.engine.members();
    return this.engine.state.recordsOf(MEMBER_TABLE).flatMap((m, i) => (isRemoved(m) ? [] : [{ id: m.id, name: names[i] ?? m.id }]));
  }

  /** The record's sync, for moving it to a new key (restricted-rotation.ts). */
  get syncPeer(): SyncPeer {
    return this.engine;
  }

  /**
   * The people this device holds only through the record: those another member put in (the first
   * write of their record is not this organizer's). What leaving takes off this organizer's map.
   */
  othersPeople(): string[] {
    const me = this.engine.actor;
    return [...this.ids].filter((id) => this.engine.state.record('stakeholders', id)?.first.actor !== me);
  }

  /**
   * Leaving, first step: says so to the others (this organizer leaves the record's member list)
   * and sends what waits, if the relay answers. Resolves with whether it did.
   */
  async sayLeaving(): Promise<boolean> {
    await this.engine.write([{ table: MEMBER_TABLE, id: this.engine.actor, field: REMOVED_FIELD, value: { by: this.engine.actor, at: new Date().toISOString() } }]);
    try {
      await this.engine.sync();
      return true;
    } catch {
      return false;
    }
  }

  /** Leaving, once the record's settings are gone: this device's sealed changes of the record are deleted. */
  async forget(): Promise<void> {
    await this.engine.forget();
  }

  private learnIds(): void {
    for (const s of list(this.engine.map(HEADER).stakeholders)) this.ids.add(s.id);
  }

  private get engine(): SyncPeer {
    if (this.peer === null) throw new Error('restricted record not open');
    return this.peer;
  }
}

async function saveEntry(mapPath: string, sharing: SharingSettings, codec: PassphraseCodec | null, entry: RestrictedSettings): Promise<SharingSettings> {
  if ((sharing.restricted ?? []).some((r) => r.id === entry.id)) throw new Error(`This map already holds the restricted record “${entry.label}”.`);
  const settings: SharingSettings = { ...sharing, restricted: [...(sharing.restricted ?? []), entry] };
  await writeSharingFile(mapPath, settings, codec);
  return settings;
}

function list(value: unknown): readonly (Readonly<Record<string, unknown>> & { readonly id: string })[] {
  return Array.isArray(value) ? (value as (Readonly<Record<string, unknown>> & { readonly id: string })[]) : [];
}
