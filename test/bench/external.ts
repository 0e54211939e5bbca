// The bench's outside measurements: the whole `analyze` command as a process, and igraph (when
// Debian's python3-igraph is installed) computing the same figures on the same graph.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildTieGraph } from '../../shared/analysis/structure';
import type { MapDocument } from '../../shared/model';
import { serializeMap } from '../../electron/main/store/serialize';

const root = fileURLToPath(new URL('../..', import.meta.url));
const workDir = mkdtempSync(join(tmpdir(), 'coalition-bench-'));
process.on('exit', () => rmSync(workDir, { recursive: true, force: true }));

export const IGRAPH_MISSING = 'igraph not installed: apt-get install python3-igraph';

// Debian's python3-igraph installs for the system Python, which may not be the first python3 on
// PATH (pyenv, a virtualenv): take the first interpreter that can import igraph.
const igraphPython = ['python3', '/usr/bin/python3'].find(
  (python) => spawnSync(python, ['-c', 'import igraph'], { stdio: 'ignore' }).status === 0,
);

export function igraphAvailable(): boolean {
  return igraphPython !== undefined;
}

export interface ProcessTiming {
  /** Wall-clock milliseconds, start to finish. */
  readonly wall: number;
  /** User + system CPU milliseconds of the process and its threads (steady on a busy machine). */
  readonly cpu: number;
}

/** `coalition-map analyze <file> --json` as shipped (bin/coalition-map.mjs, the built dist/cli), timed by bash's `time`. */
export function timeAnalyzeProcess(map: MapDocument): ProcessTiming {
  const file = join(workDir, `bench-${map.stakeholders.length}.coalition.json`);
  writeFileSync(file, serializeMap(map));
  const bin = join(root, 'bin/coalition-map.mjs');
  const output = join(workDir, 'analyze-output.json');
  // bash's `time` reports the child's CPU time, which Node's spawnSync does not.
  const command = 'TIMEFORMAT="%3R %3U %3S"; time node "$0" analyze "$1" --json > "$2"';
  const run = spawnSync('bash', ['-c', command, bin, file, output], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`bench: analyze exited ${run.status}: ${run.stderr}`);
  JSON.parse(readFileSync(output, 'utf8')); // a real answer came out, not an error page
  const [real, user, system] = run.stderr.trim().split('\n').at(-1)!.split(' ').map(Number) as [number, number, number];
  return { wall: real * 1000, cpu: (user + system) * 1000 };
}

export interface IgraphTiming {
  /** Figures only, measured inside Python. */
  readonly figures: number;
  /** The whole Python process, start to finish (what the analyze process time compares with). */
  readonly process: number;
}

/** The tie graph (conflicts left out, as the analysis does) as an edge list for igraph. */
export function timeIgraph(map: MapDocument): IgraphTiming {
  const graph = buildTieGraph(map);
  const lines: string[] = [];
  for (let v = 0; v < graph.order; v += 1) {
    for (let k = graph.offsets[v]!; k < graph.offsets[v + 1]!; k += 1) {
      const w = graph.neighbours[k]!;
      if (v < w) lines.push(`${v} ${w}`);
    }
  }
  const file = join(workDir, `bench-${graph.order}.edges`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  const script = join(root, 'test/bench/igraph-figures.py');
  const started = performance.now();
  if (igraphPython === undefined) throw new Error(`bench: ${IGRAPH_MISSING}`);
  const run = spawnSync(igraphPython, [script, file, String(graph.order)], { encoding: 'utf8' });
  const elapsed = performance.now() - started;
  if (run.status !== 0) throw new Error(`bench: igraph script exited ${run.status}: ${run.stderr}`);
  const times = JSON.parse(run.stdout) as { total: number };
  return { figures: times.total * 1000, process: elapsed };
}
