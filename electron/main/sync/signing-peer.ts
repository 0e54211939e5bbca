// Signed changes for one organizer's side of a shared map (sync-peer.ts): what it signs, what it
// accepts. Outgoing: every sealed change and snapshot part is signed with this organizer's key
// (signing.ts). Incoming: a change is accepted only when signed, over its own document id, by the
// key the member list (signing-roster.ts) holds for its author, and when it writes no other
// member's record; anything else is refused like a tampered change (never applied, counted).
//
// Changes written before this update carry no signature. A shared map is signed from its start or
// not at all: its coalition id is its creator's key fingerprint (with a salt), which no older app produced, so a
// signed map holds no older change and an unsigned change in it is always refused. A map shared
// before this update stays unsigned (as before: any key holder can write under any name) until it
// moves to a new copy; it cannot be upgraded in place, since any key holder could claim its anchor.
import { randomBytes } from 'node:crypto';
import { MEMBER_TABLE, type Change, type SetOp, type VersionVector } from '../../../shared/sync/change';
import type { SharedRecord, SharedReplica } from '../../../shared/sync/replica';
import { SyncRefusal, type Sealed, type Sealer } from './seal';
import { ADMITTED_FIELD, INVITE_PREFIX, KEY_FIELD, inviteStatement, joinStatement, memberView, rosterOf, viewOfRecords, withChange, type MemberView, type Roster } from './signing-roster';
import { documentMessage, invitationKeys, joinCt, signText, splitCt, verifyText, type SigningKeys } from './signing';

export interface SignedOpened {
  readonly sealed: Sealed;
  readonly change: Change;
}

export interface ChangeSigning {
  /** Called once by the peer: the replica whose member list decides who may sign. */
  bind(replica: SharedReplica): void;
  /** What this organizer writes on its own member record when it shares or joins. */
  memberOps(actor: string): SetOp[];
  /**
   * Splits opened incoming changes into those to apply and the ids refused. A change whose author
   * is not on the list yet while a change it depends on is still missing (a synced folder may
   * deliver files in any order) is in neither: it stays on the relay and is checked again next time.
   */
  check(opened: readonly SignedOpened[]): { accepted: SignedOpened[]; refused: string[] };
  /** The same sealer, signing what it seals and checking the snapshot parts it opens. */
  wrap(sealer: Sealer): Sealer;
}

export interface SigningOptions {
  readonly keys: SigningKeys;
  readonly coalitionId: string;
  /** The map's creator: the salt of its anchored coalition id (signing.ts anchoredCoalition). */
  readonly anchor?: string;
  /** Anyone else: the secret of the invite this organizer joined with. */
  readonly invitation?: Uint8Array;
}

/** A new invitation by a member: the secret that goes into the invite, and the op that vouches for it. */
export function newInvitation(options: SigningOptions, actor: string): { secret: Buffer; op: SetOp } {
  const secret = randomBytes(16);
  const invitation = invitationKeys(secret, options.coalitionId).publicKey;
  const sig = signText(options.keys.privateKey, inviteStatement(options.coalitionId, invitation));
  return { secret, op: { table: MEMBER_TABLE, id: actor, field: `${INVITE_PREFIX}${invitation}`, value: sig } };
}

export function changeSigning(options: SigningOptions): ChangeSigning {
  const { keys, coalitionId } = options;
  let replica: SharedReplica | null = null;
  const roster = (): Roster => (replica === null ? new Map() : rosterOf(memberView(replica), coalitionId));
  return {
    bind: (r) => {
      replica = r;
    },
    memberOps: (actor) => [{ table: MEMBER_TABLE, id: actor, field: KEY_FIELD, value: keys.publicKey }, { table: MEMBER_TABLE, id: actor, field: ADMITTED_FIELD, value: admission(options, actor) }],
    check: (opened) => checkChanges(opened, replica === null ? new Map() : memberView(replica), coalitionId, replica?.vector() ?? {}),
    wrap: (sealer) => signingSealer(sealer, keys, coalitionId, roster),
  };
}

function admission(options: SigningOptions, actor: string): unknown {
  if (options.anchor !== undefined) return { anchor: options.anchor };
  if (options.invitation === undefined) throw new Error('a signing organizer is either the anchor or invited');
  const invitation = invitationKeys(options.invitation, options.coalitionId);
  return { invite: invitation.publicKey, sig: signText(invitation.privateKey, joinStatement(options.coalitionId, actor, options.keys.publicKey)) };
}

type Verdict = 'accept' | 'refuse' | 'wait';

/** Accepts in rounds: a change may be signed by a key that another change in the same batch admits. */
export function checkChanges(opened: readonly SignedOpened[], start: MemberView, coalitionId: string, applied: VersionVector): { accepted: SignedOpened[]; refused: string[] } {
  let view = start;
  let roster = rosterOf(view, coalitionId);
  // Clock order, so that every device meets the same claim of an invitation first within one batch.
  const pending = [...opened].sort((a, b) => a.change.clock - b.change.clock || (a.change.actor < b.change.actor ? -1 : a.change.actor > b.change.actor ? 1 : 0));
  const accepted: SignedOpened[] = [];
  const refused: string[] = [];
  for (let progress = true; progress; ) {
    progress = false;
    for (const item of [...pending]) {
      const verdict = judge(item, view, roster, coalitionId);
      if (verdict === 'wait') continue;
      pending.splice(pending.indexOf(item), 1);
      progress = true;
      if (verdict === 'refuse') refused.push(item.sealed.id);
      else {
        accepted.push(item);
        if (item.change.ops.some((op) => op.table === MEMBER_TABLE)) {
          view = withChange(view, item.change);
          roster = rosterOf(view, coalitionId);
        }
      }
    }
  }
  return { accepted, refused: [...refused, ...undecidable(pending, applied, [...accepted, ...opened.filter((o) => refused.includes(o.sealed.id))])] };
}

/** The ids among `pending` to refuse: those whose every dependency is here (applied, or decided in this batch, or refused in turn). */
function undecidable(pending: readonly SignedOpened[], applied: VersionVector, decided: readonly SignedOpened[]): string[] {
  const held: Record<string, number> = { ...applied };
  const mark = (c: Change) => (held[c.actor] = Math.max(held[c.actor] ?? 0, c.seq));
  decided.forEach((d) => mark(d.change));
  const left = [...pending];
  const out: string[] = [];
  for (let grown = true; grown; ) {
    grown = false;
    for (const item of [...left]) {
      if (!Object.entries(item.change.deps).every(([actor, seq]) => (held[actor] ?? 0) >= seq)) continue;
      left.splice(left.indexOf(item), 1);
      out.push(item.sealed.id);
      mark(item.change);
      grown = true;
    }
  }
  return out;
}

function judge({ sealed, change }: SignedOpened, view: MemberView, roster: Roster, coalitionId: string): Verdict {
  const { ct, signature } = splitCt(sealed.ct);
  if (signature === null) return 'refuse';
  if (change.ops.some((op) => op.table === MEMBER_TABLE && op.id !== change.actor)) return 'refuse';
  const key = roster.get(change.actor) ?? rosterOf(withChange(view, change), coalitionId).get(change.actor);
  if (key === undefined) return 'wait';
  if (change.ops.some((op) => op.table === MEMBER_TABLE && op.field === KEY_FIELD && op.value !== key)) return 'refuse';
  return verifyText(key, documentMessage(coalitionId, sealed.id, 'change', ct), signature) ? 'accept' : 'refuse';
}

function signingSealer(base: Sealer, keys: SigningKeys, coalitionId: string, roster: () => Roster): Sealer {
  const { sealBlob, openBlob } = base;
  const signers = new Map<string, string>();
  const sign = (id: string, kind: string, ct: string) => signText(keys.privateKey, documentMessage(coalitionId, id, kind, ct));
  return {
    seal: (change) => {
      const sealed = base.seal(change);
      return { id: sealed.id, ct: joinCt(sealed.ct, sign(sealed.id, 'change', sealed.ct)) };
    },
    open: (sealed) => base.open({ id: sealed.id, ct: splitCt(sealed.ct).ct }),
    ...(sealBlob === undefined || openBlob === undefined
      ? {}
      : {
          sealBlob: (context: string, bytes: Uint8Array) => {
            const ct = sealBlob(context, bytes);
            return joinCt(ct, sign(context, 'blob', ct), keys.publicKey);
          },
          openBlob: (id: string, context: string, stored: string) => {
            const { ct, signature, signer } = splitCt(stored);
            if (signature === null || signer === null || !verifyText(signer, documentMessage(coalitionId, context, 'blob', ct), signature)) throw new SyncRefusal(id, 'it is not signed by a member');
            signers.set(id, signer);
            return openBlob(id, context, ct);
          },
          checkSnapshot: (sid: string, partIds: readonly string[], records: readonly SharedRecord[]) => {
            const keysUsed = new Set(partIds.map((id) => signers.get(id)));
            const [signer] = keysUsed;
            if (keysUsed.size !== 1 || signer === undefined) throw new SyncRefusal(sid, 'its parts are not all signed by one member');
            const view = viewOfRecords(records);
            const own = rosterOf(view, coalitionId);
            const held = roster();
            for (const [actor, key] of held) if (view.get(actor)?.has(KEY_FIELD) === true && view.get(actor)?.get(KEY_FIELD) !== key) throw new SyncRefusal(sid, 'it gives a member another key');
            if (![...held.values(), ...own.values()].includes(signer)) throw new SyncRefusal(sid, 'it is not signed by a member');
          },
        }),
  };
}
