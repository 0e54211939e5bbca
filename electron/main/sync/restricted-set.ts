// Every restricted record a shared map's organizer is a member of (restricted-record.ts), synced
// alongside the coalition's shared map: one round syncs each record, one edit is offered to each
// (each writes only its own people), and the organizer's view gets their people as confidential
// people. `ids` is the live set of people held in restricted records; the coalition's shared map
// gives them no placeholder (placeholder-policy's `withoutIds`), since those who must know them
// already do, and two members would otherwise each add one for the same person.
import type { MapLike } from '../../../shared/sync/map-ops';
import { withRestricted } from '../../../shared/sync/restricted';
import { RestrictedRecord } from './restricted-record';
import { relayFor, type RelaySettings, type SharingSettings } from './sharing-file';
import type { Relay } from './folder-relay';
import { RecordMoves, type RecordHooks } from './restricted-moves';

export type { RecordHooks } from './restricted-moves';

export class RestrictedSet {
  readonly ids = new Set<string>();

  /** Moves of records to a new key: followed, started, or this organizer removed (restricted-moves.ts). */
  readonly moves: RecordMoves;

  private constructor(
    private records: readonly RestrictedRecord[],
    mapPath: string,
    settings: SharingSettings,
    relayOf: (s: RelaySettings) => Relay,
  ) {
    this.moves = new RecordMoves(mapPath, settings, relayOf, (old, fresh) => {
      this.records = this.records.map((r) => (r === old ? fresh : r));
      this.learn();
    });
    this.learn();
  }

  static async open(mapPath: string, settings: SharingSettings, relayOf: (s: RelaySettings) => Relay = relayFor): Promise<RestrictedSet> {
    const records: RestrictedRecord[] = [];
    for (const entry of settings.restricted ?? []) records.push(await RestrictedRecord.open(mapPath, entry, settings, relayOf));
    return new RestrictedSet(records, mapPath, settings, relayOf);
  }

  get size(): number {
    return this.records.length;
  }

  /** The record that holds person `id`, if any (for another invite to it). */
  holding(id: string): RestrictedRecord | undefined {
    return this.records.find((r) => r.people().has(id));
  }

  /** The record with id `id` (its settings' id), if this organizer is a member of it. */
  byId(id: string): RestrictedRecord | undefined {
    return this.records.find((r) => r.settings.id === id);
  }

  /** Each record's name on this device and how many people it holds, for the window. */
  summaries(): { label: string; people: number }[] {
    return this.records.map((r) => ({ label: r.settings.label, people: r.people().size }));
  }

  /** The same with each record's id, its members' names and the people in it, for the window's commands on one record. */
  details(): { id: string; label: string; people: string[]; members: string[]; organizers: { id: string; name: string }[]; leaving: string[]; removedBy: string | null }[] {
    return this.records.map((r) => ({
      id: r.settings.id,
      label: r.settings.label,
      people: [...r.people()],
      members: r.members(),
      organizers: r.organizers(),
      leaving: this.leaving(r),
      removedBy: this.moves.removedBy(r),
    }));
  }

  /** Puts this organizer's person `person` of `map` into the record `record` (a member's own, whoever started it). */
  async add(record: RestrictedRecord, person: string, map: MapLike): Promise<void> {
    await record.add(person, map);
    this.learn();
  }

  /** Leaving `record`: no later edit or sync of this set touches it (its people stay in `ids` until the set is opened again without it). */
  drop(record: RestrictedRecord): void {
    this.records = this.records.filter((r) => r !== record);
  }

  /**
   * What leaving `record` takes off this organizer's map: the people they hold only through it,
   * except any another of their records also holds.
   */
  leaving(record: RestrictedRecord): string[] {
    const elsewhere = new Set(this.records.filter((r) => r !== record).flatMap((r) => [...r.people()]));
    return record.othersPeople().filter((id) => !elsewhere.has(id));
  }

  /**
   * Syncs every record; the number of changes received. One that fails stops the round (and says
   * which). With `hooks` (a signed map), a record a member moved to a new key is followed first.
   */
  async sync(hooks?: RecordHooks): Promise<number> {
    let received = 0;
    for (const record of [...this.records]) {
      try {
        received += hooks === undefined ? (await record.sync()).received : await this.moves.syncOne(record, hooks);
      } catch (error) {
        throw new Error(`The restricted record “${record.settings.label}” could not sync: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
    }
    this.learn();
    return received;
  }

  /** A local edit, offered to every record (each writes its own people's changes only). */
  async record(before: MapLike, after: MapLike): Promise<void> {
    for (const record of this.records) await record.record(before, after);
  }

  /** The organizer's view with every record's people in it, confidential. */
  view(map: MapLike): MapLike {
    return this.records.length === 0 ? map : withRestricted(map, this.records.map((r) => r.map()));
  }

  private learn(): void {
    for (const record of this.records) for (const id of record.people()) this.ids.add(id);
  }
}
