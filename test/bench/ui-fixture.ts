// Bench maps as a user would have them after the first layout: every stakeholder has a saved
// position. Positions are laid out cheaply (each block of 40 ids, which the generator ties together,
// sits as a small disc on a spiral), so opening them must never wait for a layout.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MapDocument } from '../../shared/model';
import { seededRandom } from '../../shared/graph/random';
import { createMapFile } from '../../electron/main/store';
import { checkedRecordsDir } from '../../electron/main/store/checked-record';
import { generateMap } from './generate-map';

const GROUP = 40;
/** Roughly the spacing ForceAtlas2 leaves between neighbours on the app's maps. */
const SPACING = 45;

export function positionedMap(size: number, seed = 1): MapDocument {
  const map = generateMap(size, seed);
  const random = seededRandom(seed + 7);
  const stakeholders = map.stakeholders.map((s, i) => {
    const group = Math.floor(i / GROUP);
    const angle = group * 2.4; // golden-angle spiral: groups spread evenly, none overlap
    const radius = Math.sqrt(group) * SPACING * 7;
    const r = Math.sqrt(random()) * SPACING * 3.2;
    const t = random() * Math.PI * 2;
    return {
      ...s,
      position: { x: Math.round(Math.cos(angle) * radius + Math.cos(t) * r), y: Math.round(Math.sin(angle) * radius + Math.sin(t) * r) },
    };
  });
  return { ...map, stakeholders };
}

/**
 * A data folder whose settings reopen `map` on start, as after a previous session: the map file was
 * last written by the app there, so its digest is on record (electron/main/store/checked-record.ts).
 */
export async function dataDirWithMap(dataDir: string, map: MapDocument): Promise<string> {
  const path = join(dataDir, 'maps', `bench-${map.stakeholders.length}.coalition.json`);
  await mkdir(join(dataDir, 'maps'), { recursive: true, mode: 0o700 });
  await createMapFile(path, map, { checkedDir: checkedRecordsDir(dataDir) });
  const settings = {
    version: 1,
    recent: [{ path, fileName: 'bench.coalition.json', coalitionName: map.coalition.name, openedAt: new Date().toISOString() }],
    lastMapPath: path,
  };
  await writeFile(join(dataDir, 'settings.json'), JSON.stringify(settings), { mode: 0o600 });
  return path;
}
