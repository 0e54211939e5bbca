// The key a shared map's relay notes (relay-note.ts) are sealed, signed and read with, from the
// map's sharing settings. In a signed map (settings with `signing`) the organizer writing a note
// signs it with their own key, and a note is read only when a key on the member list (the roster
// of the shared state this device holds, signing-roster.ts) signed it: a key holder who is not a
// member, or anyone writing unsigned, cannot leave a "moved" note that other apps follow. In a map
// shared before signing, notes stay unsigned and are read as before.
import type { SharedReplica } from '../../../shared/sync/replica';
import type { NoteKey } from './relay-note';
import type { SharingSettings } from './sharing-file';
import { memberView, rosterOf } from './signing-roster';

/** The note key of `settings`; `members` is the shared state whose member list may sign (reading). */
export function noteKeyOf(settings: SharingSettings, members?: SharedReplica): NoteKey {
  const base = { key: Buffer.from(settings.key, 'base64'), coalitionId: settings.coalitionId };
  const s = settings.signing;
  if (s === undefined) return base;
  // Signed map: with no member list at hand, no signer is trusted (fail closed).
  const signers = members === undefined ? [] : [...rosterOf(memberView(members), settings.coalitionId).values()];
  return { ...base, signer: { publicKey: s.publicKey, privateKey: s.privateKey }, signers };
}
