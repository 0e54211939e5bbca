// Evaluation by members (step 7): a dated round of questions about how the coalition works, its
// goals and what it achieves. Answers are kept without names and tallied per question and area;
// each round is compared with the one before, beside the snapshot nearest its date.
import { EditError } from '../edits';
import type { Evaluation, EvaluationArea, MapDocument, Snapshot } from '../model';

export type EvaluationQuestion = Evaluation['questions'][number];

export const EVALUATION_AREA_LABELS: Readonly<Record<EvaluationArea, string>> = {
  process: 'How we work',
  goals: 'Our goals',
  outcomes: 'What we achieve',
};

/** The app's starting questions; a round may change them. Answers run from 1 (poor) to 5 (very good). */
export const DEFAULT_QUESTIONS: readonly EvaluationQuestion[] = [
  { id: 'q-meetings', area: 'process', text: 'Meetings are a good use of my time.' },
  { id: 'q-voice', area: 'process', text: 'Everyone, not only professionals, gets heard.' },
  { id: 'q-access', area: 'process', text: 'Meeting times and places let me take part.' },
  { id: 'q-goals-clear', area: 'goals', text: 'Our goals are clear and still the right ones.' },
  { id: 'q-goals-progress', area: 'goals', text: 'We are making progress on our goals.' },
  { id: 'q-community', area: 'outcomes', text: 'People affected by the problem are better served than a year ago.' },
  { id: 'q-services', area: 'outcomes', text: 'Services work together better because of the coalition.' },
];

export function addEvaluation(map: MapDocument, round: { heldOn: string; label: string; questions?: readonly EvaluationQuestion[] }, ctx: { newId: () => string }): { map: MapDocument; id: string } {
  const questions = [...(round.questions ?? DEFAULT_QUESTIONS)];
  if (questions.length === 0) throw new EditError('An evaluation round needs at least one question.');
  const id = ctx.newId();
  return { map: { ...map, evaluations: [...map.evaluations, { id, heldOn: round.heldOn, label: round.label, questions, responses: [] }] }, id };
}

/** Adds one anonymous answered form; answers to questions the round did not ask are refused. */
export function addResponse(map: MapDocument, evaluationId: string, answers: Readonly<Record<string, number>>): MapDocument {
  const round = map.evaluations.find((e) => e.id === evaluationId);
  if (!round) throw new EditError(`No evaluation round with id "${evaluationId}" on this map.`);
  const asked = new Set(round.questions.map((q) => q.id));
  const entries = Object.entries(answers);
  if (entries.length === 0) throw new EditError('The form has no answers.');
  for (const [q, value] of entries) {
    if (!asked.has(q)) throw new EditError(`This round did not ask question "${q}".`);
    if (!Number.isInteger(value) || value < 1 || value > 5) throw new EditError(`An answer must be a whole number from 1 to 5 (got ${value} for "${q}").`);
  }
  const response = Object.fromEntries(entries);
  return { ...map, evaluations: map.evaluations.map((e) => (e.id === evaluationId ? { ...e, responses: [...e.responses, response] } : e)) };
}

export interface QuestionTally {
  readonly question: EvaluationQuestion;
  readonly answers: number;
  /** Mean answer (1-5), or null when no one answered it. */
  readonly mean: number | null;
}

export interface RoundTally {
  readonly evaluation: Evaluation;
  readonly forms: number;
  readonly questions: readonly QuestionTally[];
  readonly areas: Readonly<Record<EvaluationArea, number | null>>;
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
}

export function tallyRound(evaluation: Evaluation): RoundTally {
  const questions = evaluation.questions.map((question) => {
    const values = evaluation.responses.map((r) => r[question.id]).filter((v): v is number => v !== undefined);
    return { question, answers: values.length, mean: mean(values) };
  });
  const areaMean = (area: EvaluationArea) =>
    mean(evaluation.responses.flatMap((r) => evaluation.questions.filter((q) => q.area === area).map((q) => r[q.id]).filter((v): v is number => v !== undefined)));
  return { evaluation, forms: evaluation.responses.length, questions, areas: { process: areaMean('process'), goals: areaMean('goals'), outcomes: areaMean('outcomes') } };
}

export interface RoundComparison {
  readonly tally: RoundTally;
  /** Change in each area's mean since the round before; null where either round has no answers. */
  readonly change: Readonly<Record<EvaluationArea, number | null>> | null;
  /** The snapshot taken nearest the round's date, to read the network beside the answers. */
  readonly snapshot: Snapshot | null;
}

function nearestSnapshot(snapshots: readonly Snapshot[], day: string): Snapshot | null {
  const at = Date.parse(`${day}T12:00:00Z`);
  let best: Snapshot | null = null;
  for (const s of snapshots) if (best === null || Math.abs(Date.parse(s.takenAt) - at) < Math.abs(Date.parse(best.takenAt) - at)) best = s;
  return best;
}

/** Every round, oldest first, each with its change since the round before. */
export function compareRounds(map: Pick<MapDocument, 'evaluations' | 'snapshots'>): RoundComparison[] {
  const rounds = [...map.evaluations].sort((a, b) => a.heldOn.localeCompare(b.heldOn)).map(tallyRound);
  return rounds.map((tally, i) => {
    const before = rounds[i - 1];
    const diff = (area: EvaluationArea) => {
      const now = tally.areas[area];
      const then = before?.areas[area] ?? null;
      return now === null || then === null ? null : Math.round((now - then) * 10) / 10;
    };
    return { tally, change: before ? { process: diff('process'), goals: diff('goals'), outcomes: diff('outcomes') } : null, snapshot: nearestSnapshot(map.snapshots, tally.evaluation.heldOn) };
  });
}

/** The latest round in sentences, for step 7, the brief and the CLI. */
export function latestEvaluationSentences(map: Pick<MapDocument, 'evaluations' | 'snapshots'>): string[] {
  const rounds = compareRounds(map);
  const last = rounds.at(-1);
  if (!last) return ['No evaluation round yet: ask members how the coalition works, how its goals stand and what it achieves.'];
  const { tally, change } = last;
  const label = tally.evaluation.label || 'Evaluation';
  const head = `${label} of ${tally.evaluation.heldOn}: ${tally.forms} ${tally.forms === 1 ? 'form' : 'forms'} returned (kept without names).`;
  const areas = (Object.keys(EVALUATION_AREA_LABELS) as EvaluationArea[]).map((area) => {
    const value = tally.areas[area];
    const delta = change?.[area];
    const since = delta === null || delta === undefined ? '' : delta === 0 ? ', no change' : `, ${delta > 0 ? 'up' : 'down'} ${Math.abs(delta).toFixed(1)} since the round before`;
    return `${EVALUATION_AREA_LABELS[area]}: ${value === null ? 'no answers' : `${value.toFixed(1)} of 5${since}`}.`;
  });
  const snap = last.snapshot ? [`Nearest network snapshot: ${last.snapshot.takenAt.slice(0, 10)}, ${last.snapshot.figures.memberIds.length} members.`] : [];
  return [head, ...areas, ...snap];
}
