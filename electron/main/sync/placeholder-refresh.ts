// When the open shared map's placeholders are refreshed (placeholder-policy.ts says how): on a
// clock of this device's own, never because of an edit. The first sync round after the map opens
// checks them, and then one round every `everyMs`; a check that finds them up to date writes
// nothing. So an edit that makes someone confidential, changes a held person's stage or deletes
// one is recorded at once without their placeholder, and the placeholders follow some minutes
// later, together with whatever else changed among the held people meanwhile. One thing cannot
// wait: a person who moves into a restricted record must lose their placeholder in the next round.
export const PLACEHOLDER_REFRESH_MS = 10 * 60_000;

export class PlaceholderRefresh {
  private dueAt = 0;
  /** How many restricted people the last check knew; -1 before the first. */
  private restrictedAt = -1;

  constructor(private readonly everyMs: number = PLACEHOLDER_REFRESH_MS) {}

  /** Whether a round at `now` checks the placeholders, with `restricted` people held in restricted records. */
  due(now: number, restricted: number): boolean {
    return now >= this.dueAt || restricted > this.restrictedAt;
  }

  /** A check ran at `now`: the next is a full `everyMs` later. */
  checked(now: number, restricted: number): void {
    this.dueAt = now + this.everyMs;
    this.restrictedAt = restricted;
  }
}
