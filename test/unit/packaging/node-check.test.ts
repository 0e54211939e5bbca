// `npm start` checks the Node version first (build/check-node.mjs): Electron 45's tools need 22.12.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { isNewEnough } from '../../../build/check-node.mjs';

describe('the Node check before npm start', () => {
  it('accepts 22.12 and newer, refuses older', () => {
    for (const ok of ['v22.12.0', 'v22.20.1', 'v23.0.0', 'v24.1.0']) expect(isNewEnough(ok), ok).toBe(true);
    for (const old of ['v20.19.0', 'v22.11.9', 'v21.7.3', 'v18.20.0']) expect(isNewEnough(old), old).toBe(false);
  });

  it('says what is needed and stops, on a Node that is too old', () => {
    const run = spawnSync(process.execPath, ['build/check-node.mjs'], { encoding: 'utf8' });
    if (isNewEnough(process.version)) expect(run.status).toBe(0);
    else {
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('needs Node 22.12 or newer');
    }
  });
});
