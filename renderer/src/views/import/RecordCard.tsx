// One side of a proposed match: the fields that tell two records apart. A hidden record (another
// map's confidential stakeholder) shows its kind and categories, never its name or contacts.
import { CATEGORIES } from '../../../../shared/categories';
import type { Stakeholder } from '../../../../shared/model';

interface Props {
  readonly title: string;
  readonly stakeholder: Stakeholder;
  readonly name: string;
  readonly hidden: boolean;
}

function categoryLabels(s: Stakeholder): string {
  return s.categories.map((id) => CATEGORIES.find((c) => c.id === id)?.label ?? id).join(', ') || 'no categories';
}

export function RecordCard({ title, stakeholder: s, name, hidden }: Props) {
  const rows: [string, string][] = [
    ['Kind', s.kind === 'organization' ? 'Organization' : 'Person'],
    ['Categories', categoryLabels(s)],
  ];
  if (!hidden) {
    for (const [label, value] of [
      ['Role', s.role],
      ['Sector', s.sector],
      ['Email', s.email],
      ['Phone', s.phone],
      ['Area', s.area],
    ] as const) {
      if (value.trim() !== '') rows.push([label, value]);
    }
  }
  return (
    <div className="record-card">
      <div className="record-title">{title}</div>
      <div className="record-name">
        {name}
        {s.confidential && !hidden && <span className="badge badge-quiet">Confidential</span>}
      </div>
      <dl>
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
