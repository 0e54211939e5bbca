// The audit log is checked whenever the window opens a map: a log whose tail was cut is a warning
// among the notices the map opens with; an intact one adds nothing.
import { readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { auditLogPath } from '../../../electron/main/audit';
import { createBackend } from '../../../electron/main/backend';
import { ScriptedDialogs } from '../backend/scripted-dialogs';
import { canaryMap } from '../crypto/helpers/canary';
import { useTempDirs } from '../store/helpers/temp-dir';

describe('audit check at open', () => {
  const tempDir = useTempDirs();

  it('warns in the window when the log lost entries, and says nothing when it is intact', async () => {
    const dataDir = await tempDir();
    let backend = await createBackend({ dataDir, dialogs: new ScriptedDialogs() });
    const created = await backend.newMap({ name: 'Audit Coalition', template: 'empty' });
    const map = { ...canaryMap(3), coalition: created.map.coalition };
    await backend.saveMap({ map });
    // Two deletions, each logged.
    await backend.saveMap({ map: { ...map, stakeholders: map.stakeholders.slice(0, 2) }, audit: { action: 'delete', recordCount: 1, fieldNames: [] } });
    await backend.saveMap({ map: { ...map, stakeholders: map.stakeholders.slice(0, 1) }, audit: { action: 'delete', recordCount: 1, fieldNames: [] } });
    await backend.close();

    backend = await createBackend({ dataDir, dialogs: new ScriptedDialogs() });
    let opened = await backend.openRecent({ path: created.file.path });
    expect(opened.status === 'opened' ? opened.notices : null).toEqual([]);
    await backend.close();

    const lines = (await readFile(auditLogPath(dataDir), 'utf8')).trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    await writeFile(auditLogPath(dataDir), `${lines[0]}\n`);
    backend = await createBackend({ dataDir, dialogs: new ScriptedDialogs() });
    try {
      opened = await backend.openRecent({ path: created.file.path });
      expect(opened.status === 'opened' ? opened.notices : null).toEqual([
        { level: 'warning', message: expect.stringMatching(/^The audit log may have been tampered with: the audit log ends 1 entry short of the 2 recorded/) },
      ]);
    } finally {
      await backend.close();
    }
  });
});
