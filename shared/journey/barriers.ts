// Common barriers to building a coalition, each with remedies in the app's own words and the
// analysis warnings that signal it on this map. Barriers with no warning kind are ones the map
// cannot see (time, funding, ...): the checklist still lists them for the coalition to judge.
import type { Insights, WarningKind } from '../analysis/types';
import type { PracticeSignal, PracticeSignalKind } from './practice-signals';

export type BarrierId =
  | 'meeting-times'
  | 'unproductive-meetings'
  | 'turf'
  | 'bad-history'
  | 'professional-domination'
  | 'weak-community-links'
  | 'little-capacity'
  | 'funding'
  | 'no-leadership'
  | 'costs-over-benefits';

export interface Barrier {
  readonly id: BarrierId;
  readonly title: string;
  readonly remedies: readonly string[];
  /** Analysis warnings and practice signals that suggest this barrier is present. */
  readonly signals: readonly (WarningKind | PracticeSignalKind)[];
}

export const BARRIERS: readonly Barrier[] = [
  {
    id: 'meeting-times',
    title: 'No time suits everyone',
    remedies: [
      'Meet less often (every two or three months) and poll members for their free times.',
      'Offer ways to take part between meetings: committees, events, a newsletter or website.',
    ],
    signals: ['time-in-work-hours'],
  },
  {
    id: 'unproductive-meetings',
    title: 'Meetings get little done',
    remedies: [
      'Send an agenda with named speakers beforehand and keep to it.',
      'Let committees do the detailed work and report back to the full meeting.',
      'Welcome newcomers with a short orientation instead of catching up during the meeting.',
    ],
    signals: ['members-off-committees', 'not-oriented'],
  },
  {
    id: 'turf',
    title: 'Turf disputes',
    remedies: ['Show each organization what it gains from working together rather than alone.'],
    signals: ['conflict-among-members'],
  },
  {
    id: 'bad-history',
    title: 'Old grievances between members',
    remedies: [
      'Talk the history through before the joint work begins.',
      'Keep returning to the shared aim: better help for the people affected.',
    ],
    signals: ['conflict-among-members'],
  },
  {
    id: 'professional-domination',
    title: 'Professionals dominate',
    remedies: [
      'Rotate who speaks and give each meeting a spot for a different member.',
      'Coach professionals to ask for and build on others\u2019 views; consider a neutral facilitator.',
    ],
    signals: ['professional-domination', 'tokenism-risk', 'lived-experience-without-task'],
  },
  {
    id: 'weak-community-links',
    title: 'Weak links to the community',
    remedies: [
      'Build new relationships with community groups and agencies, in person.',
      'Meet where community members feel safe and welcome, away from official buildings.',
    ],
    signals: ['no-path-to-services', 'no-community-voices', 'community-stopped-coming', 'place-marked-unsafe', 'place-official-building'],
  },
  {
    id: 'little-capacity',
    title: 'Little organizational capacity',
    remedies: [
      'Find a coordinator, or share the organizing work among member organizations.',
      'Ask an anchor organization with staff and experience to carry the organizing role.',
    ],
    signals: ['no-organizing-role'],
  },
  {
    id: 'funding',
    title: 'Funding',
    remedies: ['Watch for new funding, and turn down money whose conditions would pull the coalition away from its own goals.'],
    signals: ['funding-without-goal'],
  },
  {
    id: 'no-leadership',
    title: 'No one leads',
    remedies: ['Bring in a facilitator, lean on an anchor organization, or train members in shared leadership.'],
    signals: ['no-organizing-role', 'core-hangs-on-one-person'],
  },
  {
    id: 'costs-over-benefits',
    title: 'Working together costs more than it gives',
    remedies: ['Look for ways to make membership more rewarding and less demanding of time and money.'],
    signals: [],
  },
];

export interface BarrierReport extends Barrier {
  /** True when at least one signalling warning is raised on this map. */
  readonly signalled: boolean;
  /** False for barriers the map cannot show; the coalition judges those itself. */
  readonly detectable: boolean;
  readonly warnings: readonly Signal[];
}

type Signal = Pick<PracticeSignal, 'message' | 'stakeholders'> & { readonly kind: WarningKind | PracticeSignalKind };

/** `practice`: the journey's own signals (practice-signals.ts), shown with the analysis warnings. */
export function describeBarriers(insights: Insights, practice: readonly PracticeSignal[] = []): BarrierReport[] {
  const signals: Signal[] = [...insights.warnings, ...practice];
  return BARRIERS.map((barrier) => {
    const warnings = signals.filter((w) => barrier.signals.includes(w.kind));
    return { ...barrier, signalled: warnings.length > 0, detectable: barrier.signals.length > 0, warnings };
  });
}
