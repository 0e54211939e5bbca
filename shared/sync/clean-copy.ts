// A clean copy: a new shared history that starts from the current state and holds nothing else.
// History never shrinks (a removed person's name stays in every change that ever named them), so
// erasing someone, or shutting out a removed organizer for good, means starting over: the current
// map written as fresh changes under a new key into a new relay database. Each remaining organizer
// then carries over only their own changes the copy had not seen (the `basis`), without the erased.
import { MEMBER_TABLE, RECORD_TABLES, SECTION_TABLE, type SetOp, type VersionVector } from './change';
import { mapOf, opsBetween } from './map-ops';
import { winner } from './register';
import type { SharedReplica } from './replica';
import { withoutPeople } from './shared-part';

export interface CleanCopyPlan {
  /** Stakeholder ids to leave out entirely: no record, no tie, no mention in any section. */
  readonly erase?: readonly string[];
  /** Organizers (actor ids) no longer in the coalition. */
  readonly removeMembers?: readonly string[];
}

/** What the remaining organizers need to move: what the copy covers and who was erased. */
export interface Handover {
  readonly basis: VersionVector;
  readonly erase: readonly string[];
}

const HEADER = { format: 'coalition-map', version: 0 };
const NO_REMOVAL = { by: 'clean-copy', at: '' };

/**
 * The writes that rebuild the shown state: members, then every record and section as it stands.
 * Open conflicts keep the value every device shows, and removed records are simply not there.
 */
export function cleanCopyOps(replica: SharedReplica, plan: CleanCopyPlan): SetOp[] {
  const gone = new Set(plan.removeMembers ?? []);
  const members: SetOp[] = [];
  for (const member of replica.recordsOf(MEMBER_TABLE)) {
    const name = member.fields.get('name');
    if (!gone.has(member.id) && name !== undefined) members.push({ table: MEMBER_TABLE, id: member.id, field: 'name', value: winner(name).value });
  }
  const map = withoutPeople(mapOf(replica, HEADER), new Set(plan.erase ?? []));
  return [...members, ...opsBetween({}, map, NO_REMOVAL)];
}

/** `actor`'s own writes that the copy did not cover, without anything about the erased. */
export function carryOver(replica: SharedReplica, actor: string, handover: Handover): SetOp[] {
  const covered = handover.basis[actor] ?? 0;
  const erased = new Set(handover.erase);
  const ops = replica.changes().filter((c) => c.actor === actor && c.seq > covered).flatMap((c) => c.ops);
  return ops.flatMap((op) => {
    if (op.table === 'stakeholders' && erased.has(op.id)) return [];
    if (op.table === 'ties' && touchesErased(replica, op, erased)) return [];
    if (op.table === SECTION_TABLE && erased.size > 0) {
      return [{ ...op, value: withoutPeople({ [op.id]: op.value }, erased)[op.id] }];
    }
    return [op];
  });
}

function touchesErased(replica: SharedReplica, op: SetOp, erased: ReadonlySet<string>): boolean {
  const record = replica.record(RECORD_TABLES[1], op.id);
  const ends = ['source', 'target'].map((f) => record?.fields.get(f)).flatMap((r) => (r ?? []).map((w) => w.value));
  return ends.some((end) => typeof end === 'string' && erased.has(end));
}
