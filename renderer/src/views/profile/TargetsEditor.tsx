// Coverage targets per category: how many members the coalition wants, and what share of members,
// before the analysis calls that category covered rather than thin.
import { CATEGORIES } from '../../../../shared/categories';
import type { CategoryId } from '../../../../shared/categories';
import { describedBy, FieldError } from './FieldError';
import type { ProfileDraft, TargetDraft } from './profile-draft';

interface Props {
  readonly targets: ProfileDraft['targets'];
  readonly errors: Readonly<Record<string, string>>;
  readonly onChange: (id: CategoryId, target: TargetDraft) => void;
}

export function TargetsEditor({ targets, errors, onChange }: Props) {
  return (
    <fieldset className="form-group">
      <legend>Coverage targets</legend>
      <p className="hint">Below either target, the analysis marks a category as thin; with no members at all, as missing.</p>
      <table className="targets-table">
        <thead>
          <tr>
            <th scope="col">Category</th>
            <th scope="col">Minimum members</th>
            <th scope="col">Minimum share of members (%)</th>
          </tr>
        </thead>
        <tbody>
          {CATEGORIES.map((c) => {
            const t = targets[c.id];
            const membersKey = `targets.${c.id}.minMembers`;
            const shareKey = `targets.${c.id}.minShare`;
            return (
              <tr key={c.id}>
                <th scope="row">
                  <span className="swatch" style={{ background: c.colour }} aria-hidden="true" />
                  {c.label}
                </th>
                <td>
                  <input
                    type="number"
                    inputMode="numeric"
                    min={0}
                    max={10_000}
                    step={1}
                    aria-label={`Minimum members: ${c.label}`}
                    value={t.minMembers}
                    onChange={(e) => onChange(c.id, { ...t, minMembers: e.target.value })}
                    {...describedBy(membersKey, errors[membersKey])}
                  />
                  <FieldError field={membersKey} message={errors[membersKey]} />
                </td>
                <td>
                  <input
                    type="number"
                    inputMode="decimal"
                    min={0}
                    max={100}
                    step="any"
                    aria-label={`Minimum share of members (%): ${c.label}`}
                    value={t.minSharePercent}
                    onChange={(e) => onChange(c.id, { ...t, minSharePercent: e.target.value })}
                    {...describedBy(shareKey, errors[shareKey])}
                  />
                  <FieldError field={shareKey} message={errors[shareKey]} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </fieldset>
  );
}
