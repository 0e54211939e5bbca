// `coalition-map validate <map.json>`: reads a map exactly as the app would, without ever writing
// to it, and prints what it holds, or says what is wrong and where.
import { resolve } from 'node:path';
import { CATEGORIES } from '../../shared/categories';
import type { MapDocument } from '../../shared/model';
import { isMember } from '../../shared/model';
import { isMapFileError, readMapFile } from '../main/store';
import { codecForMap, takePassphrase } from './passphrase';
import { UsageError, type CliCommand, type CliIO } from './types';

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function summarizeMap(map: MapDocument, path: string): string {
  const people = map.stakeholders.filter((s) => s.kind === 'person').length;
  const organizations = map.stakeholders.length - people;
  const members = map.stakeholders.filter(isMember);
  const width = Math.max(...CATEGORIES.map((c) => c.label.length));
  const rows = CATEGORIES.map((c) => {
    const all = map.stakeholders.filter((s) => s.categories.includes(c.id)).length;
    const joined = members.filter((s) => s.categories.includes(c.id)).length;
    return `    ${c.label.padEnd(width)}  ${String(all).padStart(5)} mapped  ${String(joined).padStart(5)} members`;
  });
  return [
    `${map.coalition.name}`,
    `  file:          ${path}`,
    `  format:        ${map.format} version ${map.version}`,
    `  stakeholders:  ${map.stakeholders.length} (${plural(people, 'person', 'people')}, ${plural(organizations, 'organization', 'organizations')})`,
    `  ties:          ${map.ties.length}`,
    `  members:       ${members.length}`,
    '  by category:',
    ...rows,
    'The map is valid.',
  ].join('\n');
}

export const validateCommand: CliCommand = {
  name: 'validate',
  // The passphrase option (see passphrase.ts) works here too; the help line stays short.
  usage: '<map.json>',
  summary: 'Check a map file and say what it holds; never changes it.',
  async run(args: readonly string[], io: CliIO): Promise<number> {
    const { rest, passphrase } = takePassphrase(args, io.env);
    const [file, ...extra] = rest;
    if (file === undefined || extra.length > 0) throw new UsageError('validate takes exactly one map file');
    const path = resolve(io.cwd, file);
    try {
      let filled: readonly string[] = [];
      const map = await readMapFile(path, { codec: await codecForMap(path, passphrase), onFilledDefaults: (f) => (filled = f) });
      if (filled.length > 0) io.out(['Filled in documented defaults the file leaves out (the file was not changed):', ...filled.map((f) => `  ${f}`)].join('\n'));
      io.out(summarizeMap(map, path));
      return 0;
    } catch (error) {
      if (!isMapFileError(error)) throw error;
      io.err(`error: ${error.message}\nThe file was not changed.`);
      return 1;
    }
  },
};
