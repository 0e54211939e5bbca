// Undo in a shared map takes back your own change only: each field it wrote goes back to the value
// you saw before it, as a new change everyone receives. When someone else has written one of those
// fields since (or at the same time), undoing would throw their work away, so the undo is refused
// and says who changed what.
import { hasSeen, REMOVED_FIELD, type Change, type SetOp } from './change';
import { labelOf, memberName } from './conflicts';
import { ABSENT } from './map-ops';
import { winner, writeRegister, type Register } from './register';
import type { SharedReplica } from './replica';
import { fieldWords } from './field-words';

/** Bookkeeping stamps, not what anyone edited. */
const STAMPS = new Set(['updatedAt', 'createdAt']);

export type UndoPlan = { readonly ok: true; readonly ops: SetOp[] } | { readonly ok: false; readonly reason: string };

export function undoOps(replica: SharedReplica, change: Change, at: string): UndoPlan {
  const ops: SetOp[] = [];
  for (const op of change.ops) {
    const register = replica.record(op.table, op.id)?.fields.get(op.field) ?? [];
    const other = register.find((w) => w.actor !== change.actor || w.seq !== change.seq);
    if (other !== undefined) {
      // Every edit stamps these; another organizer's later stamp stays, and is no reason to refuse.
      if (STAMPS.has(op.field)) continue;
      const what = op.field === REMOVED_FIELD ? 'removed or kept' : `changed ${fieldWords(op.field)} of`;
      const label = op.table === 'stakeholders' || op.table === 'ties' ? labelOf(replica, op.table, op.id) : `the ${op.id} section`;
      return { ok: false, reason: `Not undone: ${memberName(replica, other.actor)} ${what} ${label} since your change.` };
    }
    ops.push({ ...op, value: valueBefore(replica, change, op, at) });
  }
  return { ok: true, ops };
}

/** What the author saw in the field when making the change: the writes among what they had seen. */
function valueBefore(replica: SharedReplica, change: Change, op: SetOp, at: string): unknown {
  let register: Register | undefined;
  for (const w of replica.baseWrites(op.table, op.id, op.field)) {
    if (w.actor === change.actor ? w.seq < change.seq : hasSeen(change.deps, w.actor, w.seq)) register = writeRegister(register, w);
  }
  for (const earlier of replica.changes()) {
    const seen = earlier.actor === change.actor ? earlier.seq < change.seq : hasSeen(change.deps, earlier.actor, earlier.seq);
    if (!seen) continue;
    for (const w of earlier.ops) {
      if (w.table === op.table && w.id === op.id && w.field === op.field) {
        register = writeRegister(register, { value: w.value, actor: earlier.actor, seq: earlier.seq, clock: earlier.clock, deps: earlier.deps });
      }
    }
  }
  if (register !== undefined) return winner(register).value;
  // The change created the record: undoing it removes the record again.
  return op.field === REMOVED_FIELD ? { by: change.actor, at } : ABSENT;
}
