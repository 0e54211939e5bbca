// A signed shared map with real sync files and a folder relay: the creator's key fingerprint is the
// coalition id, each organizer has their own Ed25519 key pair, and a joiner is admitted through an
// invitation a member signed. `forge` lets a test play a member who holds the coalition key and
// writes a change under another member's name.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { Change, SetOp } from '../../../../shared/sync/change';
import { folderRelay, type Relay } from '../../../../electron/main/sync/folder-relay';
import { coalitionSealer, newCoalitionKey, type Sealed, type Sealer } from '../../../../electron/main/sync/seal';
import { anchoredCoalition, documentMessage, joinCt, newSigningKeys, signText, type SigningKeys } from '../../../../electron/main/sync/signing';
import { changeSigning, newInvitation } from '../../../../electron/main/sync/signing-peer';
import { SyncPeer } from '../../../../electron/main/sync/sync-peer';

export interface SignedOrganizer {
  readonly peer: SyncPeer;
  readonly keys: SigningKeys;
}

export interface SignedCoalition {
  readonly relayFolder: string;
  readonly relay: Relay;
  readonly coalitionId: string;
  readonly key: Buffer;
  /** The coalition key's sealer without any signature: what an attacker holding the key can use. */
  readonly base: Sealer;
  readonly creatorKeys: SigningKeys;
  /** Opens an organizer's side; `invitation` is the secret of the invite they joined with (none: the creator). */
  organizer(name: string, keys: SigningKeys, invitation?: Uint8Array): Promise<SyncPeer>;
  /** `by` invites someone: the secret their invite carries (the invitation is written as by's change). */
  invite(by: SignedOrganizer): Promise<Buffer>;
  /** The creator shares `map` and a second organizer joins through an invite. */
  start(map: Parameters<SyncPeer['share']>[0]): Promise<{ ana: SignedOrganizer; ben: SignedOrganizer }>;
  /** The sealer an organizer with `keys` uses (signing what it seals). */
  sealerFor(keys: SigningKeys): Sealer;
  /** Seals `change` under the coalition key, signed with `keys` (or not at all), as relay document `id`. */
  forge(change: Change, keys: SigningKeys | null, id?: string): Sealed;
}

export function signedCoalition(dir: string, creatorKeys: SigningKeys = newSigningKeys()): SignedCoalition {
  const relayFolder = join(dir, 'relay');
  const relay = folderRelay(relayFolder);
  const key = newCoalitionKey();
  const { coalitionId, salt } = anchoredCoalition(creatorKeys.publicKey);
  const base = coalitionSealer(key, coalitionId);
  const organizer = (name: string, keys: SigningKeys, invitation?: Uint8Array) => {
    const signing = changeSigning({ keys, coalitionId, ...(invitation === undefined ? { anchor: salt } : { invitation }) });
    const actor = `actor-${name.toLowerCase()}-${randomBytes(3).toString('hex')}`;
    return SyncPeer.open({ actor, name, sealer: signing.wrap(base), relay, stateFile: join(dir, `${name}.sync.json`), signing });
  };
  const invite = async (by: SignedOrganizer) => {
    const { secret, op } = newInvitation({ keys: by.keys, coalitionId }, by.peer.actor);
    await by.peer.write([op]);
    await by.peer.sync();
    return secret;
  };
  return {
    relayFolder,
    relay,
    coalitionId,
    key,
    base,
    creatorKeys,
    organizer,
    invite,
    async start(map) {
      const ana = { peer: await organizer('Ana', creatorKeys), keys: creatorKeys };
      await ana.peer.share(map);
      await ana.peer.sync();
      const benKeys = newSigningKeys();
      const secret = await invite(ana);
      const ben = { peer: await organizer('Ben', benKeys, secret), keys: benKeys };
      await ben.peer.join();
      await ana.peer.sync();
      return { ana, ben };
    },
    sealerFor: (keys) => changeSigning({ keys, coalitionId, anchor: salt }).wrap(base),
    forge(change, keys, id) {
      const sealed = base.seal(change);
      const at = id ?? sealed.id;
      if (keys === null) return { id: at, ct: sealed.ct };
      return { id: at, ct: joinCt(sealed.ct, signText(keys.privateKey, documentMessage(coalitionId, at, 'change', sealed.ct))) };
    },
  };
}

/** The next change `actor` would write after what `peer` has applied: a forged change looks exactly like theirs. */
export function nextChangeOf(peer: SyncPeer, actor: string, ops: readonly SetOp[]): Change {
  const vector = peer.state.vector();
  const lamport = Math.max(0, ...peer.state.changes().map((c) => c.clock));
  return { actor, seq: (vector[actor] ?? 0) + 1, clock: lamport + 1, deps: vector, at: '2026-12-04T22:00:00.000Z', ops, format: 1 };
}
