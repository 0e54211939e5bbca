// Two people with the same name must be told apart in a picker: the name is followed by what
// differs (their organization, else their email, else their role), as a person would say it.
import { foldForSearch, type Searchable } from './match';

/** id -> the label to show: the plain name, or the name with what sets this person apart. */
export function pickerLabels(people: readonly Searchable[], orgs: ReadonlyMap<string, readonly string[]> = new Map()): ReadonlyMap<string, string> {
  const byName = new Map<string, Searchable[]>();
  for (const p of people) {
    const key = foldForSearch(p.name);
    byName.set(key, [...(byName.get(key) ?? []), p]);
  }
  const labels = new Map<string, string>();
  for (const group of byName.values()) {
    for (const [index, p] of group.entries()) {
      if (group.length === 1) {
        labels.set(p.id, p.name);
        continue;
      }
      const detail = orgs.get(p.id)?.join(', ') || p.email || p.role || p.area || `${index + 1} of ${group.length}`;
      labels.set(p.id, `${p.name} (${detail})`);
    }
  }
  return labels;
}
