// The sharing bar's one line: each state in words, the changes waiting counted, the relay's
// reason given as a sentence, and refused changes said loudly.
import { describe, expect, it } from 'vitest';
import type { SharingStatus } from '../../../shared/sharing/sharing-contract';
import { statusWords } from '../../../renderer/src/views/sharing/status-words';

const base: SharingStatus = { state: 'synced', waiting: 0, refused: 0, reason: null, relay: 'https://relay.example.org/coalition-x', you: 'Ana', members: ['Ana', 'Ben'], conflicts: [], incoming: 3, lastSyncAt: '2026-03-01T10:00:00.000Z' };

describe('sharing status in words', () => {
  it('says synced, and counts what is still being sent', () => {
    expect(statusWords(base)).toEqual({ text: 'Shared · synced: everyone’s changes are here.', tone: 'good' });
    expect(statusWords({ ...base, waiting: 1 }).text).toBe('Shared · sending 1 change…');
  });

  it('says why the relay is away and how many changes wait, offline or unreachable', () => {
    const away = statusWords({ ...base, state: 'unreachable', waiting: 3, reason: 'The relay answered 401 Unauthorized' });
    expect(away).toEqual({ text: 'Relay unreachable · 3 changes waiting to be sent. The relay answered 401 Unauthorized. Saved here; sent when the relay is back.', tone: 'warning' });
    expect(statusWords({ ...base, state: 'offline', reason: 'The relay cannot be reached (ENOTFOUND)' }).text).toBe(
      'Offline · nothing waiting. The relay cannot be reached (ENOTFOUND). Saved here; sent when the relay is back.',
    );
  });

  it('says refused changes were never applied, and why sharing is paused', () => {
    expect(statusWords({ ...base, state: 'refused', refused: 2 })).toEqual({ text: 'Shared · 2 changes refused: altered on the way or sealed with another key, so never applied.', tone: 'error' });
    expect(statusWords({ ...base, state: 'not-shared', reason: 'the sharing settings cannot be read' }).tone).toBe('error');
    expect(statusWords({ ...base, state: 'not-shared' }).text).toBe('Not shared: this map is only on this computer.');
  });

  it('says when and by whom the copy was moved and what to do, or that you were removed', () => {
    const moved = { at: '2026-12-04T19:00:00.000Z', by: 'Ana' };
    const day = new Date(moved.at).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
    expect(statusWords({ ...base, state: 'moved', moved })).toEqual({
      text: `Moved on ${day} by Ana: this copy is closed. Get your handover invite from an organizer who stayed, then “Follow to the new copy…”. Your changes are kept.`,
      tone: 'error',
    });
    expect(statusWords({ ...base, state: 'removed', moved }).text).toBe(`You were removed from this shared map on ${day} by Ana. What is on this computer stays here; nothing more is shared with you.`);
  });
});
