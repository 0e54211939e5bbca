// Every restricted record a shared map's organizer is a member of (restricted-record.ts), synced
// alongside the coalition's shared map: one round syncs each record, one edit is offered to each
// (each writes only its own people), and the organizer's view gets their people as confidential
// people. `ids` is the live set of people held in restricted records; the coalition's shared map
// gives them no placeholder (placeholder-policy's `withoutIds`), since those who must know them
// already do, and two members would otherwise each add one for the same person.
import type { MapLike } from '../../../shared/sync/map-ops';
import { withRestricted } from '../../../shared/sync/restricted';
import { RestrictedRecord } from './restricted-record';
import type { Relay } from './folder-relay';
import type { RelaySettings, SharingSettings } from './sharing-file';

export class RestrictedSet {
  readonly ids = new Set<string>();

  private constructor(private readonly records: readonly RestrictedRecord[]) {
    this.learn();
  }

  static async open(mapPath: string, settings: SharingSettings, relayOf?: (s: RelaySettings) => Relay): Promise<RestrictedSet> {
    const records: RestrictedRecord[] = [];
    for (const entry of settings.restricted ?? []) records.push(await RestrictedRecord.open(mapPath, entry, settings, relayOf));
    return new RestrictedSet(records);
  }

  get size(): number {
    return this.records.length;
  }

  /** The record that holds person `id`, if any (for another invite to it). */
  holding(id: string): RestrictedRecord | undefined {
    return this.records.find((r) => r.people().has(id));
  }

  /** Each record's name on this device and how many people it holds, for the window. */
  summaries(): { label: string; people: number }[] {
    return this.records.map((r) => ({ label: r.settings.label, people: r.people().size }));
  }

  /** Syncs every record; the number of changes received. One that fails stops the round (and says which). */
  async sync(): Promise<number> {
    let received = 0;
    for (const record of this.records) {
      try {
        received += (await record.sync()).received;
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
