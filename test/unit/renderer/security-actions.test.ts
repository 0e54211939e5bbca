// Locking and unlocking in the window's store: after a lock nothing of the map is left in state
// (map, undo history, analysis, notices), and a wrong passphrase shows as its own problem.
import { describe, expect, it } from 'vitest';
import type { OpenResult, PurgeReport } from '../../../shared/ipc';
import { sampleCoalition } from '../../../shared/sample';
import { createCoreStore } from '../../../renderer/src/state/core/store';
import { createSecurityActions } from '../../../renderer/src/state/safety/security-actions';
import type { SecurityApi } from '../../../renderer/src/state/safety/security-api';
import { createFakeApi } from './fake-api';

const map = sampleCoalition({ now: '2025-04-02T12:00:00.000Z' });
const file = { path: '/maps/test.coalition.json', fileName: 'test.coalition.json' };

function setup() {
  const core = createCoreStore(createFakeApi(map));
  const calls: string[] = [];
  const api: SecurityApi = {
    unlockMap: async ({ passphrase }): Promise<OpenResult> =>
      passphrase === 'right passphrase'
        ? { status: 'opened', file, map, notices: [], encrypted: true }
        : { status: 'problem', file, reason: 'wrong-passphrase', message: 'wrong', movedTo: null, backups: [] },
    setPassphrase: async () => ({ rewrittenBackups: 2, skippedBackups: 1, warnings: [] }),
    lockNow: async () => {
      calls.push('lockNow');
    },
    purgeInactive: async ({ dryRun }): Promise<PurgeReport> => ({ affected: 1, tiesRemoved: 0, map: dryRun ? null : map, warnings: [] }),
  };
  return { core, calls, actions: createSecurityActions(core, () => api) };
}

describe('security actions', () => {
  it('lockNow asks the app to drop the key and leaves no map data in the window state', async () => {
    const { core, calls, actions } = setup();
    core.load({ status: 'opened', file, map, notices: [{ level: 'info', message: `Hello ${map.stakeholders[0]?.name ?? ''}` }], encrypted: true });
    core.setState({ selection: map.stakeholders[0]?.id ?? null });
    expect(core.getState().security.encrypted).toBe(true);
    await actions.lockNow();
    expect(calls).toEqual(['lockNow']);
    const state = core.getState();
    expect(state.phase).toBe('problem');
    expect(state.problem?.reason).toBe('encrypted');
    const text = JSON.stringify(state);
    for (const s of map.stakeholders) expect(text).not.toContain(s.name);
    expect(state.map).toBeNull();
    expect(state.history.past).toEqual([]);
  });

  it('a wrong passphrase shows as a wrong-passphrase problem; the right one opens the map', async () => {
    const { core, actions } = setup();
    await actions.unlock(file.path, 'guess');
    expect(core.getState().problem?.reason).toBe('wrong-passphrase');
    await actions.unlock(file.path, 'right passphrase');
    expect(core.getState().phase).toBe('ready');
    expect(core.getState().map).toBe(map);
  });

  it('presentation mode and auto-lock time are window settings that survive a lock', async () => {
    const { core, actions } = setup();
    actions.togglePresentation();
    actions.setAutoLockMinutes(5);
    await actions.lockNow();
    expect(core.getState().security).toMatchObject({ presenting: true, autoLockMinutes: 5 });
  });
});
