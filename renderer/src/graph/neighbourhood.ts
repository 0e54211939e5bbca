// Pure: a stakeholder's neighbourhood, everyone within `steps` ties of them (ties read both ways),
// the stakeholder first, then by distance, for the map's neighbourhood focus.
import type { MapDocument } from '../../../shared/model';

export function neighbourhood(map: Pick<MapDocument, 'ties'>, id: string, steps: number): string[] {
  const around = new Map<string, string[]>();
  for (const t of map.ties) {
    around.set(t.source, [...(around.get(t.source) ?? []), t.target]);
    around.set(t.target, [...(around.get(t.target) ?? []), t.source]);
  }
  const found = [id];
  const seen = new Set(found);
  let ring = [id];
  for (let step = 0; step < steps && ring.length > 0; step += 1) {
    const next: string[] = [];
    for (const from of ring) {
      for (const to of around.get(from) ?? []) {
        if (seen.has(to)) continue;
        seen.add(to);
        next.push(to);
      }
    }
    found.push(...next);
    ring = next;
  }
  return found;
}

export function neighbourhoodLabel(name: string, steps: number): string {
  return steps === 1 ? `${name} and their direct ties` : `${name} and everyone within ${steps} steps`;
}
