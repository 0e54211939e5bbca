// Maps carrying canary strings in the fields that identify a survivor, and a scan of every byte
// under a folder for them: if encryption at rest leaks anywhere, a canary turns up on disk.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { MapDocument } from '../../../../shared/model';
import { mapDocumentSchema } from '../../../../shared/schema';
import { numberedMap } from '../../store/helpers/maps';

export const CANARIES = ['ZZ-CANARY-NAME', 'ZZ-CANARY-ADDR', 'lived-experience: ZZ'] as const;

const STAMP = '2025-01-15T10:00:00.000Z';

/** A numbered map (see store helpers) whose first stakeholder is a survivor written with canaries. */
export function canaryMap(n: number, extra = 3): MapDocument {
  const base = numberedMap(n, extra);
  const survivor = mapDocumentSchema.shape.stakeholders.element.parse({
    id: 'survivor',
    name: `ZZ-CANARY-NAME ${n}`,
    kind: 'person',
    categories: ['directly-affected'],
    address: '12 ZZ-CANARY-ADDR Lane',
    email: 'zz-canary-name@example.org',
    notes: 'lived-experience: ZZ, met at the shelter',
    livedExperience: true,
    confidential: true,
    createdAt: STAMP,
    updatedAt: STAMP,
  });
  return { ...base, stakeholders: [survivor, ...base.stakeholders] };
}

async function filesUnder(folder: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...(await filesUnder(path)));
    else found.push(path);
  }
  return found;
}

/** Every file under `folder` that holds a canary, as "relative/path: canary"; [] when clean. */
export async function canaryLeaks(folder: string): Promise<string[]> {
  const leaks: string[] = [];
  for (const file of await filesUnder(folder)) {
    const bytes = await readFile(file);
    for (const canary of CANARIES) {
      for (const encoding of ['utf8', 'utf16le'] as const) {
        if (bytes.includes(Buffer.from(canary, encoding))) leaks.push(`${relative(folder, file)}: ${canary} (${encoding})`);
      }
    }
  }
  return leaks;
}

export async function fileCount(folder: string): Promise<number> {
  return (await filesUnder(folder)).length;
}
