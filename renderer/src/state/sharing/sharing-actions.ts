// The window's side of sharing. Sharing and inviting only ask the Node side (the map does not
// change); joining opens the shared map like any other map; taking the others' changes and
// settling a conflict replace the map in the window's queue, after the edits before them saved.
// The undo history is dropped then: stepping back past another organizer's change would undo it;
// Undo then reaches this organizer's own earlier changes through the sync (shared-undo.ts).
import type { Notice, OpenedMap } from '../../../../shared/ipc';
import type { RestrictedInvite, RestrictedRemoval, SettleArg, SharedMapInvite, SharedMove, SharingStatus } from '../../../../shared/sharing/sharing-contract';
import { differsFrom, NEW_DRAFT } from '../core/drafts';
import { emptyHistory } from '../core/history';
import type { CoreStore } from '../core/store';
import type { SharingApi } from './sharing-api';
import { createSharedUndo } from './shared-undo';

export function createSharingActions(core: CoreStore, getApi: () => SharingApi) {
  /** Shows the map the Node side saved, if it is still the open map. */
  const show = (result: OpenedMap | null): boolean => {
    const { file, map, drafts } = core.getState();
    if (result === null || map === null || file?.path !== result.file.path) return false;
    // A form's kept draft that says nothing the record does not now say is no longer typed work.
    const stakeholders = Object.fromEntries(Object.entries(drafts.stakeholders).filter(([id, entry]) => id === NEW_DRAFT || differsFrom(entry, result.map, id)));
    core.setState({ map: result.map, history: emptyHistory, drafts: { ...drafts, stakeholders } });
    return true;
  };
  const { noteUndoable, undo } = createSharedUndo(core, getApi, show);
  return {
    sharingStatus: async (): Promise<SharingStatus> => noteUndoable(await getApi().sharingStatus({})),
    syncSharedNow: async (): Promise<SharingStatus> => noteUndoable(await getApi().syncSharedNow({})),
    /** Replaces the edit actions' undo: on a shared map it reaches past the others' changes (shared-undo.ts). */
    undo,
    allowSharedPlaceholders: (allowed: boolean): Promise<SharingStatus> => getApi().allowSharedPlaceholders({ allowed }),
    shareMap: (yourName: string, relay: string, inviteName: string): Promise<SharedMapInvite> => getApi().shareMap({ yourName, relay, inviteName }),
    inviteOrganizer: (name: string): Promise<SharedMapInvite> => getApi().inviteOrganizer({ name }),
    /** Joins and opens the shared map; a failure is thrown for the dialog to show, the open map unchanged. */
    joinSharedMap: (invite: string, relay: string): Promise<void> =>
      core.queue.run(async () => {
        core.load(await getApi().joinSharedMap({ invite, relay }));
      }),
    /** Brings in the others' changes; true when the map changed. */
    takeSharedChanges: (): Promise<boolean> => core.queue.run(async () => show(await getApi().takeSharedChanges({}))),
    /** Removes an organizer (the map moves to a new key and database); the map in the window does not change. */
    removeSharedMember: (member: string): Promise<SharedMove> => getApi().removeSharedMember({ member }),
    startSharedCleanCopy: (): Promise<SharedMove> => getApi().startSharedCleanCopy({}),
    /** Follows to the new copy; the others' changes then arrive like any others. */
    followSharedMap: (invite: string): Promise<SharingStatus> => getApi().followSharedMap({ invite }),
    /** Puts a confidential person into a restricted record for the named organizer; the map in the window does not change. */
    shareRestrictedPerson: (person: string, name: string): Promise<RestrictedInvite> => getApi().shareRestrictedPerson({ person, name }),
    /** Joins a restricted record; its people arrive with the next changes taken, as confidential people. */
    joinRestrictedRecord: (invite: string, relay: string): Promise<SharingStatus> => getApi().joinRestrictedRecord({ invite, relay }),
    /** Puts another of this organizer's confidential people into a record they are in; the map in the window does not change. */
    addRestrictedPerson: (record: string, person: string): Promise<SharingStatus> => getApi().addRestrictedPerson({ record, person }),
    inviteToRestrictedRecord: (record: string, name: string): Promise<RestrictedInvite> => getApi().inviteToRestrictedRecord({ record, name }),
    /** Removes another organizer from a record (its key changes); the map in the window does not change. */
    removeFromRestrictedRecord: (record: string, member: string): Promise<RestrictedRemoval> => getApi().removeFromRestrictedRecord({ record, member }),
    /** Leaves a record: the map without the people held only through it replaces the window's (after the edits before it saved); returns what to tell the organizer. */
    leaveRestrictedRecord: (record: string): Promise<readonly Notice[]> =>
      core.queue.run(async () => {
        const opened = await getApi().leaveRestrictedRecord({ record });
        show(opened);
        return opened.notices;
      }),
    settleSharedConflict: (arg: SettleArg): Promise<boolean> => core.queue.run(async () => show(await getApi().settleSharedConflict(arg))),
  };
}
