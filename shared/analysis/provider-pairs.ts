// The pairs of providers of one service whose areas overlap, and those of them with no working
// tie. Both lists are quadratic in the number of providers by nature, so the loop over pairs does
// only integer work: areas are compared once per pair of distinct areas (not per pair of
// providers), and coordination is looked up in a per-provider mark array, not a set of strings.

/** Who works with whom (partners-with or refers-to, either direction), as adjacency lists. */
export interface CoordinationIndex {
  readonly offsets: Int32Array;
  readonly partners: Int32Array;
}

/** Adjacency over stakeholder indices 0..count-1 from undirected index pairs. */
export function coordinationIndex(count: number, pairs: readonly (readonly [number, number])[]): CoordinationIndex {
  const offsets = new Int32Array(count + 1);
  for (const [a, b] of pairs) {
    offsets[a + 1]! += 1;
    offsets[b + 1]! += 1;
  }
  for (let i = 0; i < count; i += 1) offsets[i + 1]! += offsets[i]!;
  const cursor = offsets.slice(0, count);
  const partners = new Int32Array(offsets[count]!);
  for (const [a, b] of pairs) {
    partners[cursor[a]!++] = b;
    partners[cursor[b]!++] = a;
  }
  return { offsets, partners };
}

/** Normalized areas (see normalizeArea): an empty area is unknown, so it may overlap anything. */
export function normalizedOverlap(x: string, y: string): boolean {
  return x === '' || y === '' || x === y || x.includes(y) || y.includes(x);
}

/** Above this many distinct areas among one service's providers, compare strings per pair instead of tabling. */
export const MAX_TABLED_AREAS = 2048;

export interface ProviderPairs<Id> {
  readonly overlapping: (readonly [Id, Id])[];
  /** The same pair objects as in `overlapping`, filtered. */
  readonly uncoordinated: (readonly [Id, Id])[];
  /** How many pairs there are in all; the lists stop at the limit, the counts do not. */
  readonly overlappingCount: number;
  readonly uncoordinatedCount: number;
}

/**
 * Pairs (i < j, in provider order) of providers whose normalized areas overlap.
 * `index` is each provider's stakeholder index into `coordination`; `mark` is scratch space of
 * that many slots, filled with -1 and left that way on return. `maxTabledAreas` is for tests.
 * Each list keeps at most `limit` pairs (the first in order); the counts are always complete.
 */
export function providerPairs<Id>(
  ids: readonly Id[],
  index: Int32Array,
  areas: readonly string[],
  coordination: CoordinationIndex,
  mark: Int32Array,
  maxTabledAreas = MAX_TABLED_AREAS,
  limit = Number.POSITIVE_INFINITY,
): ProviderPairs<Id> {
  const count = ids.length;
  // Number the distinct areas among these providers, then table which of them overlap.
  const areaNumber = new Map<string, number>();
  const areaOf = new Int32Array(count);
  for (let i = 0; i < count; i += 1) {
    let number = areaNumber.get(areas[i]!);
    if (number === undefined) {
      number = areaNumber.size;
      areaNumber.set(areas[i]!, number);
    }
    areaOf[i] = number;
  }
  const distinct = [...areaNumber.keys()];
  const width = distinct.length;
  const table = width <= maxTabledAreas ? new Uint8Array(width * width) : null;
  if (table) {
    for (let x = 0; x < width; x += 1) {
      for (let y = x; y < width; y += 1) {
        const overlap = normalizedOverlap(distinct[x]!, distinct[y]!) ? 1 : 0;
        table[x * width + y] = overlap;
        table[y * width + x] = overlap;
      }
    }
  }

  const overlapping: (readonly [Id, Id])[] = [];
  const uncoordinated: (readonly [Id, Id])[] = [];
  let overlappingCount = 0;
  let uncoordinatedCount = 0;
  const { offsets, partners } = coordination;
  for (let i = 0; i < count; i += 1) {
    const self = index[i]!;
    for (let k = offsets[self]!; k < offsets[self + 1]!; k += 1) mark[partners[k]!] = i;
    const row = areaOf[i]! * width;
    for (let j = i + 1; j < count; j += 1) {
      const overlap = table ? table[row + areaOf[j]!] === 1 : normalizedOverlap(areas[i]!, areas[j]!);
      if (!overlap) continue;
      overlappingCount += 1;
      const apart = mark[index[j]!] !== i;
      if (apart) uncoordinatedCount += 1;
      if (overlappingCount > limit && (!apart || uncoordinatedCount > limit)) continue;
      const pair = [ids[i]!, ids[j]!] as const;
      if (overlappingCount <= limit) overlapping.push(pair);
      if (apart && uncoordinatedCount <= limit) uncoordinated.push(pair);
    }
    for (let k = offsets[self]!; k < offsets[self + 1]!; k += 1) mark[partners[k]!] = -1;
  }
  return { overlapping, uncoordinated, overlappingCount, uncoordinatedCount };
}
