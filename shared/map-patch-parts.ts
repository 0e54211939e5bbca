// Changes too big for one IPC message travel as parts. A patch of any size is cut into parts of at
// most MAX_PATCH_ITEMS items, applied one after another on the Node side, with the same result as
// the whole patch: every removal first, then the upserts in their order (a kept item is replaced
// in place, a new one goes to the end, exactly as applyMapPatch does), the sections last. A map
// that no patch can describe (no base, or its lists reordered) goes whole, as a patch against a
// map with empty lists.
import type { MapDocument } from './model';
import { diffMaps, MAX_PATCH_ITEMS, type MapPatch } from './map-patch';

/** The lists' items in one patch: what a part is measured in. */
export function patchItems(patch: MapPatch): number {
  return patch.stakeholders.upsert.length + patch.stakeholders.remove.length + patch.ties.upsert.length + patch.ties.remove.length;
}

/** The sections (everything but format, version and the two lists) of a map, whole. */
function sectionsOf(map: MapDocument): MapPatch['sections'] {
  const { format: _format, version: _version, stakeholders: _s, ties: _t, ...sections } = map;
  return sections;
}

/**
 * The change from `before` to `after` as one patch of any size; null when a patch cannot say it
 * (the lists reordered, another format or version, a section removed): the whole map goes then.
 */
export function patchOfAnySize(before: MapDocument, after: MapDocument): MapPatch | null {
  return diffMaps(before, after, Number.POSITIVE_INFINITY);
}

/** The whole map as a patch against a map with empty lists and no sections (a save with no base). */
export function wholeMapPatch(map: MapDocument): MapPatch {
  return { stakeholders: { upsert: [...map.stakeholders], remove: [] }, ties: { upsert: [...map.ties], remove: [] }, sections: sectionsOf(map) };
}

/** Cuts `patch` into parts of at most `maxItems` items that, applied in order, make the same map. */
export function splitPatch(patch: MapPatch, maxItems: number = MAX_PATCH_ITEMS): MapPatch[] {
  if (patchItems(patch) <= maxItems) return [patch];
  const steps: { list: 'stakeholders' | 'ties'; kind: 'remove' | 'upsert'; items: readonly unknown[] }[] = [
    { list: 'stakeholders', kind: 'remove', items: patch.stakeholders.remove },
    { list: 'ties', kind: 'remove', items: patch.ties.remove },
    { list: 'stakeholders', kind: 'upsert', items: patch.stakeholders.upsert },
    { list: 'ties', kind: 'upsert', items: patch.ties.upsert },
  ];
  const parts: MapPatch[] = [];
  let current = { stakeholders: { upsert: [] as unknown[], remove: [] as unknown[] }, ties: { upsert: [] as unknown[], remove: [] as unknown[] } };
  let count = 0;
  const flush = (): void => {
    parts.push({ ...(current as unknown as Pick<MapPatch, 'stakeholders' | 'ties'>), sections: {} });
    current = { stakeholders: { upsert: [], remove: [] }, ties: { upsert: [], remove: [] } };
    count = 0;
  };
  for (const step of steps) {
    for (let i = 0; i < step.items.length; ) {
      const take = Math.min(maxItems - count, step.items.length - i);
      current[step.list][step.kind].push(...step.items.slice(i, i + take));
      count += take;
      i += take;
      if (count === maxItems) flush();
    }
  }
  if (count > 0 || parts.length === 0) flush();
  const last = parts.pop()!;
  return [...parts, { ...last, sections: patch.sections }];
}
