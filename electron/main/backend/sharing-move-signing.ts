// The signing side of moving a shared map (sharing-move.ts): the new copy is always a signed map.
// The organizer who moves anchors the new coalition id at their own key (the key they already sign
// with, or a new one for a map shared before signing), so the id every handover invite names is
// again the anchor of the member list. Each organizer who stays gets an invitation like a first
// invite's (its secret in the handover words, vouched for on the mover's member record in the new
// copy); following, they are admitted under the key they already have, or a new one.
import type { SetOp } from '../../../shared/sync/change';
import type { SharedMapInvite } from '../../../shared/sharing/sharing-contract';
import type { SharingSettings } from '../sync/sharing-file';
import { newInvitation } from '../sync/signing-peer';
import { anchoredCoalition, newSigningKeys, type SigningKeys } from '../sync/signing';
import { inviteFor } from './sharing-start';

function keysOf(old: SharingSettings): SigningKeys {
  return old.signing === undefined ? newSigningKeys() : { publicKey: old.signing.publicKey, privateKey: old.signing.privateKey };
}

/** The mover's new copy: a coalition id anchored at their key; key, database and the rest as `fill` gives them. */
export function anchoredCopy(old: SharingSettings, fill: (coalitionId: string) => Omit<SharingSettings, 'signing'>): SharingSettings {
  const keys = keysOf(old);
  const { coalitionId, salt } = anchoredCoalition(keys.publicKey);
  return { ...fill(coalitionId), signing: { ...keys, anchor: salt } };
}

/** One invitation per organizer who stays: the ops the mover writes into the new copy, and each one's handover invite. */
export function handoverInvitations(settings: SharingSettings, names: readonly string[]): { ops: SetOp[]; invites: SharedMapInvite[] } {
  const s = settings.signing;
  if (s === undefined) throw new Error('a new copy is always signed');
  const options = { keys: { publicKey: s.publicKey, privateKey: s.privateKey }, coalitionId: settings.coalitionId };
  const made = names.map((name) => ({ name, ...newInvitation(options, settings.actor) }));
  return { ops: made.map((m) => m.op), invites: made.map((m) => inviteFor(settings, m.name, m.secret)) };
}

/** The follower's signing in the new copy: admitted by the handover's invitation; none for a handover without one. */
export function followerSigning(old: SharingSettings, invitation: Uint8Array | undefined): Pick<SharingSettings, 'signing'> {
  if (invitation === undefined) return {};
  return { signing: { ...keysOf(old), invitation: Buffer.from(invitation).toString('base64') } };
}
