// The reconciliation, row by row, grouped by what will happen: possible matches (a decision to
// make), updates (field by field, keep or replace), new, repeated within the file, already up to
// date. Each row's action can be changed: add as new, update a record on the map, or skip.
import type { ReconcileEntry } from '../../../../shared/exchange/reconcile';
import type { ReconcileDecisions, RowChoice } from '../../../../shared/exchange/reconcile-apply';
import type { DiffField } from '../../../../shared/exchange/record-diff';
import type { Stakeholder } from '../../../../shared/model';

export interface RowDecisions {
  readonly choices: Readonly<Record<string, RowChoice>>;
  readonly replace: Readonly<Record<string, readonly DiffField[]>>;
}

export const NO_DECISIONS: RowDecisions = { choices: {}, replace: {} };

export function toReconcileDecisions(d: RowDecisions): ReconcileDecisions {
  return { choices: d.choices, replace: d.replace };
}

interface Props {
  readonly entries: readonly ReconcileEntry[];
  readonly incoming: ReadonlyMap<string, Stakeholder>;
  readonly onMap: ReadonlyMap<string, Stakeholder>;
  readonly decisions: RowDecisions;
  readonly onChange: (decisions: RowDecisions) => void;
}

/** Rows listed per group; the rest are counted (they still come in as planned). */
const SHOWN = 200;

const FIELD_LABELS: Partial<Record<string, string>> = { consentUntil: 'consent until', livedExperience: 'lived experience' };

function fieldLabel(field: DiffField): string {
  return field.startsWith('custom:') ? field.slice('custom:'.length) : (FIELD_LABELS[field] ?? field);
}

function choiceValue(entry: ReconcileEntry, decisions: RowDecisions): string {
  const chosen = decisions.choices[entry.incomingId];
  if (chosen) return chosen.action === 'update' ? `update:${chosen.targetId}` : chosen.action;
  if (entry.action === 'update') return `update:${entry.targetId ?? ''}`;
  return entry.action === 'duplicate' ? 'duplicate' : 'new';
}

function Row({ entry, incoming, onMap, decisions, onChange }: Omit<Props, 'entries'> & { entry: ReconcileEntry }) {
  const s = incoming.get(entry.incomingId);
  if (!s) return null;
  const value = choiceValue(entry, decisions);
  const targets = [...(entry.action === 'update' && entry.targetId ? [entry.targetId] : []), ...entry.possible.map((p) => p.baseId)];
  const choose = (v: string) => {
    const choice: RowChoice | null = v === 'new' || v === 'skip' ? { action: v } : v.startsWith('update:') ? { action: 'update', targetId: v.slice(7) } : null;
    const { [entry.incomingId]: _dropped, ...rest } = decisions.choices;
    onChange({ ...decisions, choices: choice ? { ...rest, [entry.incomingId]: choice } : rest });
  };
  const replaced = new Set(decisions.replace[entry.incomingId] ?? []);
  const toggle = (field: DiffField, on: boolean) =>
    onChange({ ...decisions, replace: { ...decisions.replace, [entry.incomingId]: on ? [...replaced, field] : [...replaced].filter((f) => f !== field) } });
  const showChanges = value.startsWith('update:') && value === `update:${entry.targetId ?? ''}` && entry.changes.length > 0;
  return (
    <li className="review-row">
      <div className="review-row-head">
        <span className="review-name">{s.name}</span>
        {(s.confidential || (entry.hiddenLikeMatch && value === 'new')) && <span className="badge badge-quiet">Confidential</span>}
        <select aria-label={`What to do with ${s.name}`} value={value} onChange={(e) => choose(e.target.value)}>
          {entry.action === 'duplicate' && <option value="duplicate">Same as an earlier row: fold into it</option>}
          <option value="new">{entry.hiddenLikeMatch ? 'Add as new (confidential)' : 'Add as new'}</option>
          {targets.map((id) => (
            <option key={id} value={`update:${id}`}>
              Same as “{onMap.get(id)?.name ?? id}” on the map: update it
            </option>
          ))}
          <option value="skip">Skip this row</option>
        </select>
      </div>
      {(entry.reasons.length > 0 || entry.possible.length > 0) && (
        <p className="review-reasons">{[...entry.reasons, ...entry.possible.flatMap((p) => p.reasons)].filter((r, i, all) => all.indexOf(r) === i).join('; ')}</p>
      )}
      {showChanges && (
        <ul className="review-changes">
          {entry.changes.map((c) => (
            <li key={c.field}>
              <span className="review-field">{fieldLabel(c.field)}</span>: {c.before === '' ? <em>empty</em> : c.before} → {c.after}{' '}
              {c.kind === 'conflict' ? (
                <label>
                  <input
                    type="checkbox"
                    aria-label={`Replace ${fieldLabel(c.field)} of ${s.name}`}
                    checked={replaced.has(c.field)}
                    onChange={(e) => toggle(c.field, e.target.checked)}
                  />{' '}
                  replace
                </label>
              ) : (
                <span className="hint">{c.field === 'confidential' ? '(always kept: an import never makes anyone open)' : '(fills a blank or adds to a list)'}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

function Group({ title, entries, ...rest }: Props & { title: string }) {
  if (entries.length === 0) return null;
  return (
    <section className="review-group" aria-label={title}>
      <h3>
        {title} <span className="count">{entries.length}</span>
      </h3>
      <ul>
        {entries.slice(0, SHOWN).map((entry) => (
          <Row key={entry.incomingId} entry={entry} {...rest} />
        ))}
      </ul>
      {entries.length > SHOWN && <p className="hint">…and {entries.length - SHOWN} more, imported as planned.</p>}
    </section>
  );
}

export function ReviewRows({ entries, ...rest }: Props) {
  const possible = entries.filter((e) => e.action === 'new' && e.possible.length > 0);
  const updates = entries.filter((e) => e.action === 'update' && e.changes.length > 0);
  const fresh = entries.filter((e) => e.action === 'new' && e.possible.length === 0);
  const repeated = entries.filter((e) => e.action === 'duplicate');
  const same = entries.filter((e) => e.action === 'update' && e.changes.length === 0);
  return (
    <div className="review-rows">
      <Group title="Possibly already on the map" entries={possible} {...rest} />
      <Group title="Will update a record on the map" entries={updates} {...rest} />
      <Group title="New" entries={fresh} {...rest} />
      <Group title="Repeated within the file" entries={repeated} {...rest} />
      <Group title="Already on the map as it is" entries={same} {...rest} />
    </div>
  );
}
