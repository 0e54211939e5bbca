// The sharing status in one line of plain words, and how loud it should look.
import type { SharingStatus } from '../../../../shared/sharing/sharing-contract';

export interface StatusWords {
  readonly text: string;
  readonly tone: 'quiet' | 'good' | 'warning' | 'error';
}

function changes(n: number): string {
  return `${n} change${n === 1 ? '' : 's'}`;
}

function sentence(reason: string | null): string {
  if (reason === null || reason === '') return '';
  return /[.!?]$/.test(reason) ? `${reason} ` : `${reason}. `;
}

/** " on 4 Dec 2026 by Ana", from the note the organizer who moved the map left behind. */
function movedWhen(status: SharingStatus): string {
  if (!status.moved) return '';
  const day = new Date(status.moved.at).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
  return ` on ${day} by ${status.moved.by}`;
}

export function statusWords(status: SharingStatus): StatusWords {
  const waiting = status.waiting > 0 ? ` · ${changes(status.waiting)} waiting to be sent` : '';
  switch (status.state) {
    case 'not-shared':
      return status.reason === null ? { text: 'Not shared: this map is only on this computer.', tone: 'quiet' } : { text: `Sharing paused: ${status.reason}`, tone: 'error' };
    case 'syncing':
      return { text: `Shared · connecting to the relay…${waiting}`, tone: 'quiet' };
    case 'synced':
      return { text: status.waiting > 0 ? `Shared · sending ${changes(status.waiting)}…` : 'Shared · synced: everyone’s changes are here.', tone: 'good' };
    case 'offline':
      return { text: `Offline${waiting || ' · nothing waiting'}. ${sentence(status.reason)}Saved here; sent when the relay is back.`, tone: 'warning' };
    case 'unreachable':
      return { text: `Relay unreachable${waiting || ' · nothing waiting'}. ${sentence(status.reason)}Saved here; sent when the relay is back.`, tone: 'warning' };
    case 'moved':
      return {
        text: `Moved${movedWhen(status)}: this copy is closed. Get your handover invite from an organizer who stayed, then “Follow to the new copy…”. Your changes are kept.`,
        tone: 'error',
      };
    case 'removed':
      return { text: `You were removed from this shared map${movedWhen(status)}. What is on this computer stays here; nothing more is shared with you.`, tone: 'error' };
    case 'refused':
      return {
        text: `Shared · ${changes(status.refused)} refused: altered on the way or sealed with another key, so never applied.${waiting}`,
        tone: 'error',
      };
  }
}
