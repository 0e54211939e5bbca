// One device's copy of a shared map: every record's fields as registers, the changes applied so far
// and those waiting for an earlier change to arrive first. Changes may arrive in any order and
// more than once; every device that has applied the same set holds the same state.
import { REMOVED_FIELD, SYNC_FORMAT, type Change, type SetOp, type Table, type VersionVector } from './change';
import { joinRegisters, writeRegister, type Register, type Write } from './register';

export interface SharedRecord {
  readonly table: Table;
  readonly id: string;
  /** The earliest write to the record orders it among its table's records on every device. */
  first: Pick<Write, 'clock' | 'actor'>;
  readonly fields: Map<string, Register>;
}

/** Everything a replica has applied, as a snapshot records it (shared/sync/snapshot.ts). */
export interface ReplicaState {
  /** Exactly the changes the state covers: actor id -> highest sequence number applied. */
  readonly vector: VersionVector;
  readonly lamport: number;
  readonly records: readonly SharedRecord[];
  /** The newest sync format among the changes it covers (absent: 1): an older app must not take it in. */
  readonly syncFormat?: number;
}

export type ApplyOutcome = 'applied' | 'duplicate' | 'waiting';

export class SharedReplica {
  private readonly records = new Map<string, SharedRecord>();
  private readonly applied = new Map<string, number>();
  private readonly waiting = new Map<string, Change>();
  private readonly history: Change[] = [];
  /** The registers of snapshots taken in, joined: writes of changes this device may never hold itself. */
  private readonly base = new Map<string, Map<string, Register>>();
  private lamport = 0;
  private newestFormat = 1;
  private changed = 0;

  /** Goes up whenever the state changes (a change applied, a snapshot taken in): what is read from it may be kept until then. */
  get revision(): number {
    return this.changed;
  }

  /** Applies what it can of `changes` (and anything they unblock); the rest waits. */
  receive(changes: readonly Change[]): { applied: number; waiting: number } {
    let applied = 0;
    for (const change of changes) if (this.accept(change) === 'applied') applied += 1 + this.drainWaiting();
    return { applied, waiting: this.waiting.size };
  }

  /** A new local change by `actor`, applied at once; send the returned change to the others. */
  commit(actor: string, ops: readonly SetOp[], at: string, format: number = SYNC_FORMAT): Change {
    const change: Change = { actor, seq: this.seqOf(actor) + 1, clock: this.lamport + 1, deps: this.vector(), at, ops, format };
    this.apply(change);
    return change;
  }

  vector(): VersionVector {
    return Object.fromEntries(this.applied);
  }

  /** Every applied change in the order this device applied them (a causal order). */
  changes(): readonly Change[] {
    return this.history;
  }

  /** The applied state (live records: encode it before the next change). */
  exportState(): ReplicaState {
    return { vector: this.vector(), lamport: this.lamport, records: [...this.records.values()], syncFormat: this.newestFormat };
  }

  /**
   * Joins a snapshot's state into this one: afterwards this replica holds what applying the
   * changes of both would give. The changes a snapshot covers need not be held (they may have
   * been purged from the relay); only what it does not cover still arrives as changes.
   */
  absorb(state: ReplicaState): number {
    this.changed += 1;
    for (const theirs of state.records) {
      const key = recordKey(theirs.table, theirs.id);
      this.remember(key, theirs.fields);
      const mine = this.records.get(key);
      if (mine === undefined) {
        this.records.set(key, { table: theirs.table, id: theirs.id, first: theirs.first, fields: new Map(theirs.fields) });
        continue;
      }
      if (byClockThenActor(theirs.first, mine.first) < 0) mine.first = theirs.first;
      for (const [field, register] of theirs.fields) {
        const own = mine.fields.get(field);
        mine.fields.set(field, own === undefined ? register : joinRegisters(own, register));
      }
    }
    for (const [actor, seq] of Object.entries(state.vector)) if (seq > this.seqOf(actor)) this.applied.set(actor, seq);
    this.lamport = Math.max(this.lamport, state.lamport);
    this.newestFormat = Math.max(this.newestFormat, state.syncFormat ?? 1);
    return this.drainWaiting(true);
  }

  /** The writes to one field that snapshots taken in hold (undo starts from them: their changes are not in changes()). */
  baseWrites(table: Table, id: string, field: string): Write[] {
    return [...(this.base.get(recordKey(table, id))?.get(field) ?? [])];
  }

  private remember(key: string, fields: ReadonlyMap<string, Register>): void {
    let kept = this.base.get(key);
    if (kept === undefined) this.base.set(key, (kept = new Map()));
    for (const [field, register] of fields) {
      const old = kept.get(field);
      kept.set(field, old === undefined ? register : joinRegisters(old, register));
    }
  }

  recordsOf(table: Table): SharedRecord[] {
    return [...this.records.values()].filter((r) => r.table === table).sort(byFirstWrite);
  }

  record(table: Table, id: string): SharedRecord | undefined {
    return this.records.get(recordKey(table, id));
  }

  private accept(change: Change): ApplyOutcome {
    if (this.seqOf(change.actor) >= change.seq) return 'duplicate';
    if (!this.ready(change)) {
      this.waiting.set(`${change.actor}:${change.seq}`, change);
      return 'waiting';
    }
    this.apply(change);
    return 'applied';
  }

  /**
   * Applies waiting changes that are ready. A waiting change a snapshot just covered is not applied
   * again, but it goes into the history (`covered`): its effect is in the state, and undo and the
   * clean copy's carry-over read a device's own changes there (in clock order, a causal order).
   */
  private drainWaiting(covered = false): number {
    if (covered) {
      const now = [...this.waiting].filter(([, c]) => this.seqOf(c.actor) >= c.seq);
      for (const [key] of now) this.waiting.delete(key);
      for (const c of now.map(([, c]) => c).sort(byClockThenActor)) this.history.push(c);
    }
    let count = 0;
    for (let progress = true; progress; ) {
      progress = false;
      for (const [key, change] of this.waiting) {
        if (this.seqOf(change.actor) >= change.seq) this.waiting.delete(key);
        else if (this.ready(change)) {
          this.waiting.delete(key);
          this.apply(change);
          count += 1;
          progress = true;
        }
      }
    }
    return count;
  }

  /** Causal delivery: the author's previous change and everything the author had seen are here. */
  private ready(change: Change): boolean {
    if (this.seqOf(change.actor) !== change.seq - 1) return false;
    return Object.entries(change.deps).every(([actor, seq]) => actor === change.actor || this.seqOf(actor) >= seq);
  }

  private apply(change: Change): void {
    this.changed += 1;
    for (const op of change.ops) this.write(op, change);
    this.applied.set(change.actor, change.seq);
    this.lamport = Math.max(this.lamport, change.clock);
    this.newestFormat = Math.max(this.newestFormat, change.format ?? 1);
    this.history.push(change);
  }

  private write(op: SetOp, change: Change): void {
    const key = recordKey(op.table, op.id);
    let record = this.records.get(key);
    if (record === undefined) {
      record = { table: op.table, id: op.id, first: { clock: change.clock, actor: change.actor }, fields: new Map() };
      this.records.set(key, record);
    }
    const write: Write = { value: op.value, actor: change.actor, seq: change.seq, clock: change.clock, deps: change.deps };
    if (byClockThenActor(write, record.first) < 0) record.first = { clock: write.clock, actor: write.actor };
    record.fields.set(op.field, writeRegister(record.fields.get(op.field), write));
  }

  private seqOf(actor: string): number {
    return this.applied.get(actor) ?? 0;
  }
}

/** True when the record's current removal mark says it is removed. */
export function isRemoved(record: SharedRecord): boolean {
  const register = record.fields.get(REMOVED_FIELD);
  const last = register?.[register.length - 1];
  return last !== undefined && last.value !== null;
}

function recordKey(table: Table, id: string): string {
  return `${table}\u0000${id}`;
}

function byClockThenActor(a: Pick<Write, 'clock' | 'actor'>, b: Pick<Write, 'clock' | 'actor'>): number {
  if (a.clock !== b.clock) return a.clock - b.clock;
  return a.actor < b.actor ? -1 : a.actor > b.actor ? 1 : 0;
}

function byFirstWrite(a: SharedRecord, b: SharedRecord): number {
  return byClockThenActor(a.first, b.first) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
