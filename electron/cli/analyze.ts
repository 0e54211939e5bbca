// `coalition-map analyze <map.json> [--json] [--include-confidential]`: the whole analysis of a
// map file, as a readable report or as JSON for scripts. Reads only; never writes the map.
import { resolve } from 'node:path';
import { analyzeMap } from '../../shared/analysis';
import { buildTieGraph } from '../../shared/analysis/structure';
import { formatTextReport } from '../../shared/analysis/text-report';
import { journeyReport } from '../../shared/journey/journey-report';
import { PARALLEL_MIN_ORDER, parallelShortestPathFigures } from '../main/analysis/parallel-betweenness';
import { isMapFileError, readMapFile } from '../main/store';
import { codecForMap, PASSPHRASE_USAGE, takePassphrase } from './passphrase';
import { UsageError, type CliCommand, type CliIO } from './types';

interface AnalyzeArgs {
  readonly path: string;
  readonly json: boolean;
  readonly includeConfidential: boolean;
}

export function parseAnalyzeArgs(args: readonly string[]): AnalyzeArgs {
  let path: string | null = null;
  let json = false;
  let includeConfidential = false;
  for (const arg of args) {
    if (arg === '--json') json = true;
    else if (arg === '--include-confidential') includeConfidential = true;
    else if (arg.startsWith('-')) throw new UsageError(`analyze: unknown option ${arg}`);
    else if (path === null) path = arg;
    else throw new UsageError(`analyze: expected one map file, got a second one: ${arg}`);
  }
  if (path === null) throw new UsageError('analyze: which map? Give the path of a map file.');
  return { path, json, includeConfidential };
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
  // A large map's betweenness and closeness are searched on every core first.
  const graph = map.stakeholders.length >= PARALLEL_MIN_ORDER ? buildTieGraph(map) : null;
  const precomputed = graph ? { graph, shortestPaths: await parallelShortestPathFigures(graph) } : undefined;
  const insights = analyzeMap(map, { includeConfidential: parsed.includeConfidential, precomputed });
  if (parsed.json) {
    // The journey rides along: each step's status and summary, and the latest snapshot comparison.
    io.out(JSON.stringify({ ...insights, ...journeyReport(map, insights, new Date().toISOString()) }, null, 2));
  } else io.out(formatTextReport(insights, map.coalition.name).trimEnd());
  return 0;
}

export const analyzeCommand: CliCommand = {
  name: 'analyze',
  usage: `<map.json> [--json] [--include-confidential] ${PASSPHRASE_USAGE}`,
  summary: 'Coverage gaps, services, core candidates, warm introductions and warnings for a map.',
  run,
};
