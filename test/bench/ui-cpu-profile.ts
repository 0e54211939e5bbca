// Reading a V8 CPU profile (CDP Profiler.stop) into tables: self time, inclusive time, the call
// paths of chosen functions, and busy time per slice of the run.
interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number; readonly columnNumber: number };
  readonly children?: readonly number[];
}

export interface Profile {
  readonly startTime: number;
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

function shortUrl(url: string): string {
  return url.replace(/^.*\//, '') || '(native)';
}

/** Self time per function (ms), heaviest first. */
export function selfTimes(profile: Profile): [string, number][] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)?.callFrame;
    if (!frame) return;
    const key = `${frame.functionName || '(anonymous)'} ${shortUrl(frame.url)}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
    totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...totals.entries()].sort((a, b) => b[1] - a[1]);
}

function frameName(node: ProfileNode | undefined): string {
  if (!node) return '?';
  const f = node.callFrame;
  return `${f.functionName || '(anonymous)'}:${f.lineNumber + 1}`;
}

/** For each of the heaviest functions, the call paths (up to `depth` callers) that spent its time. */
export function callers(profile: Profile, names: readonly string[], depth: number): [string, number][] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const leaf = byId.get(id);
    if (!leaf || !names.includes(frameName(leaf))) return;
    const path: string[] = [];
    let at: number | undefined = id;
    for (let d = 0; d <= depth && at !== undefined; d += 1) {
      path.push(frameName(byId.get(at)));
      at = parent.get(at);
    }
    const key = path.join(' < ');
    totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...totals.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25);
}

/** Time with each function anywhere on the stack (counted once per sample), heaviest first. */
export function inclusiveTimes(profile: Profile): [string, number][] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) seen.add(frameName(byId.get(at)));
    for (const name of seen) totals.set(name, (totals.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...totals.entries()].filter(([n]) => !n.startsWith('(')).sort((a, b) => b[1] - a[1]);
}

/** Busy time per slice of the run, so idle waits (backend, worker) show apart from main-thread work. */
export function timeline(profile: Profile, sliceMs: number): string[][] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const slices: { busy: number; gc: number }[] = [];
  let t = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    t += dt;
    const slot = (slices[Math.floor(t / sliceMs)] ??= { busy: 0, gc: 0 });
    const name = byId.get(id)?.callFrame.functionName;
    if (name === '(idle)') return;
    slot.busy += dt;
    if (name === '(garbage collector)') slot.gc += dt;
  });
  return [...slices.entries()].map(([i, s]) => [`${i * sliceMs}`, (s ?? { busy: 0 }).busy.toFixed(0), (s?.gc ?? 0).toFixed(0)]);
}


/** Time spent under each direct callee of the named functions (as printed: name:line). */
export function calleesOf(profile: Profile, names: readonly string[]): [string, number][] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    let child: number | undefined;
    for (let at: number | undefined = id; at !== undefined; child = at, at = parent.get(at)) {
      const name = frameName(byId.get(at));
      if (!names.includes(name)) continue;
      const key = `${name} > ${child === undefined ? '(self)' : frameName(byId.get(child))}`;
      totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
      break;
    }
  });
  return [...totals.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30);
}
