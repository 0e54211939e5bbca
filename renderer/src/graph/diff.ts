// What changed between two element lists, so the map view updates the live graph in one batch
// instead of rebuilding it: an edit touches a handful of elements, not two thousand.
import type { ElementDefinition } from 'cytoscape';

export interface ElementDiff {
  readonly added: ElementDefinition[];
  readonly removed: string[];
  /** Same element, new data or classes. */
  readonly changed: ElementDefinition[];
  /** Nodes whose stored position differs from before (undo of a move, a re-arrange). */
  readonly moved: ElementDefinition[];
}

function idOf(e: ElementDefinition): string {
  const id = e.data.id;
  if (typeof id !== 'string') throw new Error('every map element needs a string id');
  return id;
}

function sameData(a: ElementDefinition, b: ElementDefinition): boolean {
  if (a.classes !== b.classes) return false;
  const keys = Object.keys(b.data) as (keyof typeof b.data)[];
  if (keys.length !== Object.keys(a.data).length) return false;
  return keys.every((k) => a.data[k] === b.data[k]);
}

function samePosition(a: ElementDefinition, b: ElementDefinition): boolean {
  return a.position?.x === b.position?.x && a.position?.y === b.position?.y;
}

export function diffElements(previous: ReadonlyMap<string, ElementDefinition>, next: readonly ElementDefinition[]): ElementDiff {
  const diff: ElementDiff = { added: [], removed: [], changed: [], moved: [] };
  const seen = new Set<string>();
  for (const element of next) {
    const id = idOf(element);
    seen.add(id);
    const before = previous.get(id);
    if (!before) {
      diff.added.push(element);
      continue;
    }
    // An edge whose ends changed must be re-created: Cytoscape edges cannot move.
    if (element.group === 'edges' && (before.data.source !== element.data.source || before.data.target !== element.data.target)) {
      diff.removed.push(id);
      diff.added.push(element);
      continue;
    }
    if (!sameData(before, element)) diff.changed.push(element);
    if (element.group === 'nodes' && element.position && !samePosition(before, element)) diff.moved.push(element);
  }
  for (const id of previous.keys()) if (!seen.has(id)) diff.removed.push(id);
  return diff;
}

export function indexElements(elements: readonly ElementDefinition[]): Map<string, ElementDefinition> {
  return new Map(elements.map((e) => [idOf(e), e]));
}
