// Run as a separate process: tries to open a map and reports `opened` or the refusal reason.
// With `hold`, keeps the map open until stdin closes.
import { isMapFileError, openMapStore } from '../../../../electron/main/store';

const [path, backupDir, mode] = process.argv.slice(2);
if (!path || !backupDir) throw new Error('usage: lock-child <map> <backupDir> [hold]');
try {
  const store = await openMapStore(path, { backupDir });
  process.stdout.write('opened\n');
  if (mode === 'hold') {
    process.stdin.resume();
    await new Promise((resolve) => process.stdin.on('end', resolve));
  }
  await store.close();
} catch (error) {
  process.stdout.write(`${isMapFileError(error) ? error.reason : 'error'}\n`);
}
