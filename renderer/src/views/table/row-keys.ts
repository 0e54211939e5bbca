// Where the list's focus goes for a key: one row up or down, a page up or down, the first or the
// last. Null for keys the list does not move on.
export function nextRowIndex(key: string, at: number, count: number, page: number): number | null {
  if (count === 0) return null;
  const step = Math.max(1, page);
  const target =
    key === 'Home' ? 0
    : key === 'End' ? count - 1
    : key === 'ArrowDown' ? at + 1
    : key === 'ArrowUp' ? at - 1
    : key === 'PageDown' ? at + step
    : key === 'PageUp' ? at - step
    : null;
  if (target === null) return null;
  return Math.min(count - 1, Math.max(0, target));
}
