// The per-stakeholder figures of an answer packed as columns, for the hop from the analysis worker
// to the window. As an array of 20,000 objects, decoding the structured clone took the window's
// thread about 17 ms in one task; as a few typed arrays (moved, not copied) and two long strings,
// decoding is nearly free, and rebuilding the same objects from them is a short loop. Unpacking
// gives objects deep-equal to the ones packed (test/unit/analysis/figure-columns.test.ts).
import type { CategoryId } from '../categories';
import type { Stage, StakeholderKind } from '../model';
import type { Insights, StakeholderFigures } from './types';

/** The numeric figures, in this order, one column each of a single Float64Array (exact for any number). */
const NUMBERS = ['degree', 'betweenness', 'closeness', 'pagerank', 'coreNumber', 'community', 'component'] as const;

export interface FigureColumns {
  readonly count: number;
  /** Every id, then every name, end to end; `ends[k]` is where the k-th string ends (ids 0..n-1, names n..2n-1). */
  readonly text: string;
  readonly ends: Uint32Array;
  /** The distinct kinds, stages and categories; the columns below hold indexes into them. */
  readonly kinds: readonly StakeholderKind[];
  readonly stages: readonly Stage[];
  readonly categoryNames: readonly CategoryId[];
  readonly kind: Uint16Array;
  readonly stage: Uint16Array;
  /** Person i's categories are `categories[categoryEnds[i-1] .. categoryEnds[i]]` (from 0 for the first). */
  readonly categories: Uint16Array;
  readonly categoryEnds: Uint32Array;
  /** `numbers[c * count + i]`: figure NUMBERS[c] of person i. */
  readonly numbers: Float64Array;
  readonly articulationPoint: Uint8Array;
}

/** An answer as it crosses to the window: the same, with its figures as columns. */
export type PackedInsights = Omit<Insights, 'stakeholders'> & { readonly figureColumns: FigureColumns };

/** Numbers each distinct value in the order first seen. */
function codeBook<T>(): { readonly values: T[]; code(value: T): number } {
  const values: T[] = [];
  const index = new Map<T, number>();
  return {
    values,
    code(value) {
      let at = index.get(value);
      if (at === undefined) {
        at = values.length;
        values.push(value);
        index.set(value, at);
      }
      return at;
    },
  };
}

export function packFigures(figures: readonly StakeholderFigures[]): FigureColumns {
  const count = figures.length;
  const kinds = codeBook<StakeholderKind>();
  const stages = codeBook<Stage>();
  const categoryNames = codeBook<CategoryId>();
  const ends = new Uint32Array(2 * count);
  const kind = new Uint16Array(count);
  const stage = new Uint16Array(count);
  const categoryEnds = new Uint32Array(count);
  const categories: number[] = [];
  const numbers = new Float64Array(NUMBERS.length * count);
  const articulationPoint = new Uint8Array(count);
  let length = 0;
  figures.forEach((f, i) => {
    length += f.id.length;
    ends[i] = length;
    kind[i] = kinds.code(f.kind);
    stage[i] = stages.code(f.stage);
    for (const c of f.categories) categories.push(categoryNames.code(c));
    categoryEnds[i] = categories.length;
    NUMBERS.forEach((key, c) => (numbers[c * count + i] = f[key]));
    articulationPoint[i] = f.articulationPoint ? 1 : 0;
  });
  figures.forEach((f, i) => {
    length += f.name.length;
    ends[count + i] = length;
  });
  const text = figures.map((f) => f.id).join('') + figures.map((f) => f.name).join('');
  return {
    count,
    text,
    ends,
    kinds: kinds.values,
    stages: stages.values,
    categoryNames: categoryNames.values,
    kind,
    stage,
    categories: Uint16Array.from(categories),
    categoryEnds,
    numbers,
    articulationPoint,
  };
}

export function unpackFigures(columns: FigureColumns): StakeholderFigures[] {
  const { count, text, ends, numbers, categoryEnds } = columns;
  const out = new Array<StakeholderFigures>(count);
  let categoryStart = 0;
  for (let i = 0; i < count; i++) {
    const categories: CategoryId[] = [];
    for (let k = categoryStart; k < categoryEnds[i]!; k++) categories.push(columns.categoryNames[columns.categories[k]!]!);
    categoryStart = categoryEnds[i]!;
    out[i] = {
      id: text.slice(i === 0 ? 0 : ends[i - 1], ends[i]),
      name: text.slice(ends[count + i - 1], ends[count + i]),
      kind: columns.kinds[columns.kind[i]!]!,
      categories,
      stage: columns.stages[columns.stage[i]!]!,
      degree: numbers[i]!,
      betweenness: numbers[count + i]!,
      closeness: numbers[2 * count + i]!,
      pagerank: numbers[3 * count + i]!,
      coreNumber: numbers[4 * count + i]!,
      community: numbers[5 * count + i]!,
      component: numbers[6 * count + i]!,
      articulationPoint: columns.articulationPoint[i] === 1,
    };
  }
  return out;
}

/** The buffers a packed answer can move to the window rather than copy (postMessage's transfer list). */
export function transferablesOf(packed: PackedInsights): ArrayBuffer[] {
  const c = packed.figureColumns;
  return [c.ends, c.kind, c.stage, c.categories, c.categoryEnds, c.numbers, c.articulationPoint].map((a) => a.buffer as ArrayBuffer);
}

export function packInsights(insights: Insights): PackedInsights {
  const { stakeholders, ...rest } = insights;
  return { ...rest, figureColumns: packFigures(stakeholders) };
}

/** The answer as the analysis gave it (`stakeholders` rebuilt from the columns). */
export function unpackInsights(packed: PackedInsights): Insights {
  const { figureColumns, ...rest } = packed;
  return { ...rest, stakeholders: unpackFigures(figureColumns) };
}
