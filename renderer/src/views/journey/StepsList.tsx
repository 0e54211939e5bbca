// The seven steps as a checklist: each with its status (the coalition's call) and what the map
// says about it (the app's reading of the figures).
import type { Insights } from '../../../../shared/analysis';
import { describeSteps } from '../../../../shared/journey/step-facts';
import { updateStep } from '../../../../shared/journey/steps-state';
import type { MapDocument, StepStatus } from '../../../../shared/model';
import { useActions } from '../../state/core/use-store';
import { Choice, type ChoiceOption } from '../Choice';
import { StepNotes } from './StepNotes';

const STATUS_OPTIONS: readonly ChoiceOption<StepStatus>[] = [
  { value: 'not-started', label: 'Not started' },
  { value: 'in-progress', label: 'In progress' },
  { value: 'done', label: 'Done' },
];

interface Props {
  readonly map: MapDocument;
  readonly insights: Insights | null;
  readonly now: string;
}

export function StepsList({ map, insights, now }: Props) {
  const actions = useActions();
  if (!insights) return <p role="status">The analysis is still running; the steps appear when it is done.</p>;
  return (
    <ol className="journey-steps">
      {describeSteps(map, insights, now).map((step) => (
        <li key={step.id} className={`journey-step status-${step.status}`}>
          <div className="journey-step-head">
            <h3>{step.title}</h3>
            <Choice
              aria-label={`Status of “${step.title}”`}
              value={step.status}
              options={STATUS_OPTIONS}
              onChange={(status) => void actions.editJourney(`the status of “${step.title}”`, (m) => updateStep(m, step.id, { status }))}
            />
          </div>
          <p className="journey-purpose">{step.purpose}</p>
          <ul className="journey-facts" aria-label={`What the map says about “${step.title}”`}>
            {step.facts.map((fact) => (
              <li key={fact}>{fact}</li>
            ))}
          </ul>
          <StepNotes key={`${step.id}:${step.notes}`} title={step.title} draftKey={step.id} saved={step.notes} onSave={(notes) => actions.editJourney(`the notes on “${step.title}”`, (m) => updateStep(m, step.id, { notes }))} />
        </li>
      ))}
    </ol>
  );
}
