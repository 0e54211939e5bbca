// Run as one of many racing processes: opens the same map again and again, and while it holds it
// logs "enter"/"exit" to a shared append-only log and saves the map's counter plus one, printing
// "ack <n>" only after each save resolved. Refusals ('locked') are retried after a short pause.
import { appendFileSync } from 'node:fs';
import { isMapFileError, openMapStore, type MapStore } from '../../../../electron/main/store';
import { numberedMap, sequenceOf } from './maps';

const [path, backupDir, logPath, roundsArg] = process.argv.slice(2);
if (!path || !backupDir || !logPath || !roundsArg) throw new Error('usage: lock-race-child <map> <backupDir> <log> <rounds>');

async function openWhenFree(): Promise<MapStore> {
  for (;;) {
    try {
      return await openMapStore(path as string, { backupDir: backupDir as string });
    } catch (error) {
      if (!isMapFileError(error) || error.reason !== 'locked') throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 15));
    }
  }
}

for (let round = 0; round < Number(roundsArg); round += 1) {
  const store = await openWhenFree();
  appendFileSync(logPath, `enter ${process.pid}\n`);
  for (let i = 0; i < 2; i += 1) {
    const next = sequenceOf(store.map) + 1;
    await store.save(numberedMap(next));
    process.stdout.write(`ack ${next}\n`);
  }
  appendFileSync(logPath, `exit ${process.pid}\n`);
  await store.close();
}
process.stdout.write('done\n');
