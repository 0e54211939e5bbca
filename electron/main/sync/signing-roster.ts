// The member list as a chain of signatures: which members' public keys are valid. Each member's
// own record in the shared map's member table carries, written by that member only:
//   key       their Ed25519 public key;
//   admitted  { anchor: salt } for the map's creator, whose key's fingerprint with that salt is the
//             coalition id (so the invite every joiner holds names the anchor), or { invite, sig }: the public key of the
//             invitation they were given and that invitation key's signature over (coalition, their
//             actor id, their key);
//   invite:<P> on an inviter's record: the inviter's signature over (coalition, P), the invitation
//             key P they handed out (its private half is derived from the invite's secret).
// A member is valid when anchored, or admitted by an invitation that a valid member signed and
// that no other actor also claims (an invitation admits one organizer; two claims admit neither).
import { MEMBER_TABLE, type Change } from '../../../shared/sync/change';
import type { SharedRecord, SharedReplica } from '../../../shared/sync/replica';
import { fingerprint, isPublicKey, verifyText } from './signing';

export const KEY_FIELD = 'key';
export const ADMITTED_FIELD = 'admitted';
export const INVITE_PREFIX = 'invite:';

/** Two different values for one field of a member: never trusted. */
const DISPUTED = Symbol('disputed');

/** actor id -> field -> value, as the member table holds it. */
export type MemberView = Map<string, Map<string, unknown>>;
/** actor id -> valid public key. */
export type Roster = ReadonlyMap<string, string>;

export function joinStatement(coalitionId: string, actor: string, publicKey: string): string {
  return `coalition-map/member/v1\n${coalitionId}\n${actor}\n${publicKey}`;
}

export function inviteStatement(coalitionId: string, invitationKey: string): string {
  return `coalition-map/invitation/v1\n${coalitionId}\n${invitationKey}`;
}

export function memberView(replica: SharedReplica): MemberView {
  return viewOfRecords(replica.recordsOf(MEMBER_TABLE));
}

/** The member view of a snapshot's records (or a replica's). */
export function viewOfRecords(records: readonly SharedRecord[]): MemberView {
  const view: MemberView = new Map();
  for (const record of records) {
    if (record.table !== MEMBER_TABLE) continue;
    const fields = new Map<string, unknown>();
    for (const [field, register] of record.fields) {
      const values = new Set(register.map((w) => JSON.stringify(w.value)));
      fields.set(field, values.size === 1 ? register[0]?.value : DISPUTED);
    }
    view.set(record.id, fields);
  }
  return view;
}

/** The view once `change`'s member writes are added (a write replaces the author's earlier one). */
export function withChange(view: MemberView, change: Change): MemberView {
  const next: MemberView = new Map([...view].map(([actor, fields]) => [actor, new Map(fields)]));
  for (const op of change.ops) {
    if (op.table !== MEMBER_TABLE) continue;
    let fields = next.get(op.id);
    if (fields === undefined) next.set(op.id, (fields = new Map()));
    fields.set(op.field, op.value);
  }
  return next;
}

export function rosterOf(view: MemberView, coalitionId: string): Roster {
  const valid = new Map<string, string>();
  const claims = invitationClaims(view);
  for (const [actor, fields] of view) {
    const key = fields.get(KEY_FIELD);
    const admitted = fields.get(ADMITTED_FIELD);
    const salt = typeof admitted === 'object' && admitted !== null ? (admitted as { anchor?: unknown }).anchor : undefined;
    if (typeof salt === 'string' && isPublicKey(key) && fingerprint(key, salt) === coalitionId) valid.set(actor, key);
  }
  for (let grown = true; grown; ) {
    grown = false;
    for (const [actor, fields] of view) {
      if (valid.has(actor)) continue;
      const key = admittedKey(actor, fields, coalitionId, claims, (invitation) => invitedBy(view, valid, coalitionId, invitation));
      if (key !== null) {
        valid.set(actor, key);
        grown = true;
      }
    }
  }
  return valid;
}

function admittedKey(actor: string, fields: ReadonlyMap<string, unknown>, coalitionId: string, claims: ReadonlyMap<string, number>, invited: (invitation: string) => boolean): string | null {
  const key = fields.get(KEY_FIELD);
  const admitted = fields.get(ADMITTED_FIELD);
  if (!isPublicKey(key) || typeof admitted !== 'object' || admitted === null) return null;
  const { invite, sig } = admitted as { invite?: unknown; sig?: unknown };
  if (!isPublicKey(invite) || typeof sig !== 'string' || claims.get(invite) !== 1) return null;
  if (!verifyText(invite, joinStatement(coalitionId, actor, key), sig)) return null;
  return invited(invite) ? key : null;
}

/** True when a valid member signed the invitation `invitation` on their own record. */
function invitedBy(view: MemberView, valid: ReadonlyMap<string, string>, coalitionId: string, invitation: string): boolean {
  for (const [actor, key] of valid) {
    const sig = view.get(actor)?.get(`${INVITE_PREFIX}${invitation}`);
    if (typeof sig === 'string' && verifyText(key, inviteStatement(coalitionId, invitation), sig)) return true;
  }
  return false;
}

/** How many actors claim each invitation key. */
function invitationClaims(view: MemberView): Map<string, number> {
  const claims = new Map<string, number>();
  for (const fields of view.values()) {
    const admitted = fields.get(ADMITTED_FIELD);
    const invite = typeof admitted === 'object' && admitted !== null ? (admitted as { invite?: unknown }).invite : undefined;
    if (typeof invite === 'string') claims.set(invite, (claims.get(invite) ?? 0) + 1);
  }
  return claims;
}
