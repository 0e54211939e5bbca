// What both map surfaces say to a screen reader when focused, and where focus goes when Escape
// leaves the map: the map's first control, just before it.
import { plural } from '../../../../shared/analysis/context';

export function mapLabel(stakeholders: number, ties: number): string {
  return `Map of ${plural(stakeholders, 'stakeholder')} and ${plural(ties, 'tie')}. Arrow keys move between stakeholders, Enter opens one, Escape leaves the map; press ? for every shortcut.`;
}

export function leaveMap(surface: HTMLElement | null): void {
  surface?.closest('.map-view')?.querySelector<HTMLElement>('.map-controls button:not(:disabled)')?.focus();
}
