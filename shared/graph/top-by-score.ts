// The first `limit` items of a list sorted by score (highest first), then by a tie-break, without
// sorting the whole list: a 20,000-stakeholder map has thousands of candidates and the answer
// shows twenty. The result equals `[...items].sort(byScoreThen).slice(0, limit)` exactly, ties
// and the sort's stability included.

export interface Scored {
  readonly score: number;
}

export function topByScore<T extends Scored>(items: readonly T[], limit: number, tieBreak: (a: T, b: T) => number): T[] {
  const order = (a: T, b: T) => b.score - a.score || tieBreak(a, b);
  const hasNaN = items.some((item) => Number.isNaN(item.score));
  // A NaN score makes the order inconsistent; then only the plain sort reproduces the plain sort.
  if (hasNaN || !Number.isInteger(limit) || limit <= 0 || limit >= items.length) return [...items].sort(order).slice(0, limit);
  const scores = Float64Array.from(items, (item) => item.score).sort();
  // Everything scoring at least the limit-th best score; keeping map order, a stable sort of these
  // puts them exactly where the full sort would.
  const threshold = scores[scores.length - limit]!;
  return items.filter((item) => item.score >= threshold).sort(order).slice(0, limit);
}
