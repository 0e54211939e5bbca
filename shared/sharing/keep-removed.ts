// Keeping a person one organizer removed while another edited them brings back their ties too:
// the removal took the ties with it (in the same change), and a person kept without their ties
// would come back stripped of every relationship. Ties removed by some other change stay removed.
import { REMOVED_FIELD, type SetOp } from '../sync/change';
import { winner } from '../sync/register';
import { isRemoved, type SharedReplica } from '../sync/replica';

export function tiesRemovedWith(replica: SharedReplica, stakeholderId: string): SetOp[] {
  const removal = replica.record('stakeholders', stakeholderId)?.fields.get(REMOVED_FIELD);
  if (removal === undefined) return [];
  const mark = winner(removal);
  const ops: SetOp[] = [];
  for (const tie of replica.recordsOf('ties')) {
    const ends = ['source', 'target'].map((f) => tie.fields.get(f)).map((r) => (r === undefined ? undefined : winner(r).value));
    const tieRemoval = tie.fields.get(REMOVED_FIELD);
    if (!ends.includes(stakeholderId) || tieRemoval === undefined || !isRemoved(tie)) continue;
    const tieMark = winner(tieRemoval);
    if (tieMark.actor === mark.actor && tieMark.seq === mark.seq) ops.push({ table: 'ties', id: tie.id, field: REMOVED_FIELD, value: null });
  }
  return ops;
}
