// Snapshots of the map's figures: take one (from the current analysis) or let a schedule take
// them, see them over time, and compare any two in plain language.
import { useState } from 'react';
import { compareSnapshots } from '../../../../shared/journey/compare-snapshots';
import { addSnapshot, removeSnapshot, snapshotsInOrder, takeSnapshot } from '../../../../shared/journey/snapshots';
import type { MapDocument, Snapshot } from '../../../../shared/model';
import { useActions, useAppState } from '../../state/core/use-store';
import { Choice } from '../Choice';
import { CoverageChart } from './CoverageChart';
import { ScheduleSetting } from './ScheduleSetting';

/** When a snapshot was taken, on this computer's clock (it is stored in UTC). */
function localTime(iso: string): string {
  const d = new Date(iso);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

const nameOfSnapshot = (s: { label: string; takenAt: string }) => `${s.label || 'Snapshot'} (${localTime(s.takenAt)})`;

interface SelectProps {
  readonly label: string;
  readonly snapshots: readonly Snapshot[];
  readonly value: string;
  readonly onChange: (id: string) => void;
}

function SnapshotSelect({ label, snapshots, value, onChange }: SelectProps) {
  return (
    <label>
      {label}
      <Choice value={value} options={snapshots.map((s) => ({ value: s.id, label: nameOfSnapshot(s) }))} onChange={onChange} />
    </label>
  );
}

export function SnapshotsSection({ map }: { readonly map: MapDocument }) {
  const actions = useActions();
  const analysis = useAppState((s) => s.insights.analysis);
  const [label, setLabel] = useState('');
  const ordered = snapshotsInOrder(map);
  const [fromId, setFromId] = useState<string | null>(null);
  const [toId, setToId] = useState<string | null>(null);
  // The analysis must answer the map as it is now, or the snapshot would record old figures.
  const insights = analysis.result && analysis.result.seq === analysis.requested ? analysis.result.insights : null;
  const from = ordered.find((s) => s.id === fromId) ?? ordered[ordered.length - 2];
  const to = ordered.find((s) => s.id === toId) ?? ordered[ordered.length - 1];
  const names = new Map((insights?.stakeholders ?? map.stakeholders).map((s) => [s.id, s.name]));
  const catalog = new Map(map.coalition.serviceCatalog.map((s) => [s.id, s.label]));
  const comparison =
    from && to && from.id !== to.id
      ? compareSnapshots(from, to, { nameOf: (id) => names.get(id) ?? 'someone no longer on the map', serviceLabel: (id) => catalog.get(id) ?? id })
      : null;

  const take = () => {
    if (!insights) return;
    const chosen = label.trim();
    void actions
      .editJourney(`the snapshot${chosen ? ` “${chosen}”` : ''}`, (m, ctx) => addSnapshot(m, takeSnapshot(m, insights, ctx.now, { id: ctx.newId(), label: chosen })))
      .then((done) => done && setLabel(''));
  };

  return (
    <section aria-label="Snapshots">
      <ScheduleSetting map={map} />
      <div className="journey-row">
        <label>
          Label (optional) <input value={label} onChange={(e) => setLabel(e.target.value)} maxLength={500} placeholder="e.g. After the spring drive" />
        </label>
        <button type="button" className="primary" disabled={!insights} onClick={take}>
          Take snapshot
        </button>
        {!insights && <span role="status">Waiting for the analysis of the latest change…</span>}
      </div>
      {ordered.length === 0 ? (
        <p>No snapshots yet. Take one now and another after the next stretch of work to see what changed.</p>
      ) : (
        <ul className="journey-snapshots" aria-label="Snapshots taken">
          {[...ordered].reverse().map((s) => (
            <li key={s.id}>
              <span>{nameOfSnapshot(s)}</span>
              <span>
                {s.figures.memberIds.length} members, {s.figures.ties} ties
              </span>
              <button type="button" className="small" aria-label={`Remove ${nameOfSnapshot(s)}`} onClick={() => void actions.editJourney('the removal of a snapshot', (m) => removeSnapshot(m, s.id))}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      {ordered.length >= 2 && from && to && (
        <section aria-label="Compare two snapshots" className="journey-compare">
          <h3>Compare</h3>
          <div className="journey-row">
            <SnapshotSelect label="Earlier" snapshots={ordered} value={from.id} onChange={setFromId} />
            <SnapshotSelect label="Later" snapshots={ordered} value={to.id} onChange={setToId} />
          </div>
          {comparison ? (
            <ul className="journey-comparison" aria-label="What changed">
              {comparison.sentences.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          ) : (
            <p>Pick two different snapshots.</p>
          )}
        </section>
      )}
      {ordered.length >= 1 && <CoverageChart snapshots={ordered} />}
    </section>
  );
}
