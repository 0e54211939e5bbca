// Arrow keys in a tab strip, as the ARIA tabs pattern has it: left and right move (wrapping),
// Home and End jump to either end. Only the chosen tab is in the Tab order (roving tabindex).
export function nextTabIndex(key: string, index: number, count: number): number | null {
  if (count === 0) return null;
  if (key === 'ArrowRight') return (index + 1) % count;
  if (key === 'ArrowLeft') return (index - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}
