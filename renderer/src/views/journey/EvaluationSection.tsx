// Evaluation by members (step 7): start a dated round with the app's questions, type in each
// returned form (no name is asked or kept), and read the tallies beside the round before and the
// nearest network snapshot.
import { useState, type FormEvent } from 'react';
import { addEvaluation, addResponse, compareRounds, EVALUATION_AREA_LABELS } from '../../../../shared/journey/evaluation';
import { EVALUATION_AREAS } from '../../../../shared/journey/schema';
import type { Evaluation, MapDocument } from '../../../../shared/model';
import { useActions } from '../../state/core/use-store';

const SCALE = [1, 2, 3, 4, 5] as const;

function FormEntry({ round }: { readonly round: Evaluation }) {
  const actions = useActions();
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [note, setNote] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (Object.keys(answers).length === 0) return setNote('Tick at least one answer first.');
    void actions.editJourney('an evaluation form', (m) => addResponse(m, round.id, answers)).then((done) => {
      if (!done) return;
      setAnswers({});
      setNote('Form added. Its answers are kept without a name.');
    });
  };
  return (
    <form className="journey-form" onSubmit={submit} aria-label="Type in a returned form">
      <h4>Type in a returned form (no name)</h4>
      {round.questions.map((q) => (
        <fieldset key={q.id} className="journey-scale">
          <legend>{q.text}</legend>
          {SCALE.map((v) => (
            <label key={v} className="journey-check">
              <input type="radio" name={q.id} checked={answers[q.id] === v} onChange={() => setAnswers({ ...answers, [q.id]: v })} />
              {v}
            </label>
          ))}
        </fieldset>
      ))}
      <button type="submit">Add this form</button>
      {note !== '' && <p role="status">{note}</p>}
    </form>
  );
}

function Tallies({ map }: { readonly map: MapDocument }) {
  const rounds = compareRounds(map);
  return (
    <table className="journey-chart-table" aria-label="Evaluation rounds compared">
      <thead>
        <tr>
          <th scope="col">Round</th>
          <th scope="col">Forms</th>
          {EVALUATION_AREAS.map((a) => (
            <th key={a} scope="col">
              {EVALUATION_AREA_LABELS[a]}
            </th>
          ))}
          <th scope="col">Nearest snapshot</th>
        </tr>
      </thead>
      <tbody>
        {rounds.map(({ tally, change, snapshot }) => (
          <tr key={tally.evaluation.id}>
            <th scope="row">{`${tally.evaluation.label || 'Round'} (${tally.evaluation.heldOn})`}</th>
            <td>{tally.forms}</td>
            {EVALUATION_AREAS.map((a) => {
              const value = tally.areas[a];
              const delta = change?.[a];
              return <td key={a}>{value === null ? '–' : `${value.toFixed(1)} of 5${delta ? ` (${delta > 0 ? '+' : ''}${delta.toFixed(1)})` : ''}`}</td>;
            })}
            <td>{snapshot ? `${snapshot.takenAt.slice(0, 10)}: ${snapshot.figures.memberIds.length} members` : 'none'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function EvaluationSection({ map }: { readonly map: MapDocument }) {
  const actions = useActions();
  const [heldOn, setHeldOn] = useState(new Date().toISOString().slice(0, 10));
  const [label, setLabel] = useState('');
  const latest = [...map.evaluations].sort((a, b) => a.heldOn.localeCompare(b.heldOn)).at(-1);
  const start = (event: FormEvent) => {
    event.preventDefault();
    void actions.editJourney('a new evaluation round', (m, ctx) => addEvaluation(m, { heldOn, label: label.trim() }, ctx).map).then((done) => done && setLabel(''));
  };
  return (
    <section aria-label="Evaluation">
      <p>Ask members and partners how the coalition works, how its goals stand and what it achieves. Answers run from 1 (poor) to 5 (very good).</p>
      {map.evaluations.length > 0 && <Tallies map={map} />}
      {latest && <FormEntry key={latest.id} round={latest} />}
      <form className="journey-form" onSubmit={start} aria-label="Start an evaluation round">
        <h4>Start a round</h4>
        <div className="journey-row">
          <label>
            Held on <input type="date" value={heldOn} onChange={(e) => setHeldOn(e.target.value)} required />
          </label>
          <label>
            Name <input value={label} onChange={(e) => setLabel(e.target.value)} maxLength={500} placeholder="Spring review" />
          </label>
          <button type="submit">Start the round</button>
        </div>
      </form>
    </section>
  );
}
