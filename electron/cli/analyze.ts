// `coalition-map analyze <map.json> [--json] [--include-confidential] [--committee <id|name>]`: the
// whole analysis of a map file, as a readable report or as JSON for scripts, with coverage also
// counted over one committee when asked. Reads only; never writes the map.
import { resolve } from 'node:path';
import { analyzeMap, findCommittee } from '../../shared/analysis';
import { buildTieGraph } from '../../shared/analysis/structure';
import { formatTextReport } from '../../shared/analysis/text-report';
import { journeyReport } from '../../shared/journey/journey-report';
import { formatJourneyText } from '../../shared/journey/journey-text';
import { PARALLEL_MIN_ORDER, parallelShortestPathFigures } from '../main/analysis/parallel-betweenness';
import { isMapFileError, readMapFile } from '../main/store';
import { codecForMap, PASSPHRASE_USAGE, takePassphrase } from './passphrase';
import { UsageError, type CliCommand, type CliIO } from './types';

interface AnalyzeArgs {
  readonly path: string;
  readonly json: boolean;
  readonly includeConfidential: boolean;
  /** A committee's id or name, or null for the whole coalition only. */
  readonly committee: string | null;
}

export function parseAnalyzeArgs(args: readonly string[]): AnalyzeArgs {
  let path: string | null = null;
  let json = false;
  let includeConfidential = false;
  let committee: string | null = null;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg === '--committee' || arg.startsWith('--committee=')) {
      const value = arg === '--committee' ? args[++i] : arg.slice('--committee='.length);
      if (value === undefined || value.trim() === '') throw new UsageError('analyze: --committee needs a committee id or name');
      committee = value;
    } else if (arg === '--json') json = true;
    else if (arg === '--include-confidential') includeConfidential = true;
    else if (arg.startsWith('-')) throw new UsageError(`analyze: unknown option ${arg}`);
    else if (path === null) path = arg;
    else throw new UsageError(`analyze: expected one map file, got a second one: ${arg}`);
  }
  if (path === null) throw new UsageError('analyze: which map? Give the path of a map file.');
  return { path, json, includeConfidential, committee };
}

/** Bad usage throws UsageError: the dispatcher prints it with the usage line and exits 2. */
async function run(args: readonly string[], io: CliIO): Promise<number> {
  const { rest, passphrase } = takePassphrase(args, io.env);
  const parsed = parseAnalyzeArgs(rest);
  const path = resolve(io.cwd, parsed.path);
  let map;
  try {
    map = await readMapFile(path, { codec: await codecForMap(path, passphrase) });
  } catch (error) {
    if (!isMapFileError(error)) throw error;
    io.err(`error: ${error.message}\nThe file was not changed.`);
    return 1;
  }
  if (parsed.committee !== null) {
    try {
      findCommittee(map, parsed.committee);
    } catch (error) {
      io.err(`error: ${error instanceof Error ? error.message : String(error)}`);
      return 1;
    }
  }
  // A large map's betweenness and closeness are searched on every core first.
  const graph = map.stakeholders.length >= PARALLEL_MIN_ORDER ? buildTieGraph(map) : null;
  const precomputed = graph ? { graph, shortestPaths: await parallelShortestPathFigures(graph) } : undefined;
  const insights = analyzeMap(map, { includeConfidential: parsed.includeConfidential, precomputed, committeeId: parsed.committee });
  const now = new Date().toISOString();
  if (parsed.json) {
    // The journey rides along: steps, goals, barriers with their signs, practice signals, attendance, evaluations.
    io.out(JSON.stringify({ ...insights, ...journeyReport(map, insights, now) }, null, 2));
  } else io.out((formatTextReport(insights, map.coalition.name) + formatJourneyText(map, insights, now)).trimEnd());
  return 0;
}

export const analyzeCommand: CliCommand = {
  name: 'analyze',
  usage: `<map.json> [--json] [--include-confidential] [--committee <id|name>] ${PASSPHRASE_USAGE}`,
  summary: 'Coverage gaps, services, core candidates, warm introductions, warnings, the seven steps and the barriers for a map.',
  run,
};
