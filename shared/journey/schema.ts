// The journey's part of the map file (format version 2): the seven steps' status, meetings,
// follow-up tasks, committees and dated snapshots of the map's figures. Strict like the rest of
// the file, and every reference to a stakeholder, meeting or step is checked against the map.
import { z } from 'zod';
import { CATEGORY_IDS } from '../categories';

export const STEP_IDS = [
  'examine-objective',
  'organize-core',
  'recruit-lived-experience',
  'first-meeting',
  'follow-up',
  'keep-moving',
  'evaluate',
] as const;
export const STEP_STATUSES = ['not-started', 'in-progress', 'done'] as const;
export const TASK_STATUSES = ['open', 'done'] as const;
/** Checklist items a meeting is checked against, so no one is left out by time, cost or place. */
export const ACCESSIBILITY_ITEMS = ['outsideWorkHours', 'childcare', 'safePlace', 'transport', 'language'] as const;
/** Where a goal of the coalition's action plan stands. */
export const GOAL_STATUSES = ['planned', 'in-progress', 'achieved', 'dropped'] as const;
/** Officer and steering roles a member can hold (format 3). */
export const ROLE_IDS = ['chair', 'vice-chair', 'secretary', 'treasurer', 'coordinator', 'steering', 'facilitator'] as const;
/** What an evaluation question is about: how the coalition works, its goals, or what it achieves. */
export const EVALUATION_AREAS = ['process', 'goals', 'outcomes'] as const;
/** How often the app takes a snapshot by itself while the map is open ('off': only by hand). */
export const SNAPSHOT_SCHEDULES = ['off', 'weekly', 'monthly', 'quarterly'] as const;

const id = z.string().min(1).max(200);
const shortText = z.string().max(500);
const longText = z.string().max(20_000);
const title = z.string().trim().min(1).max(200);
const isoDate = z.iso.date();
const isoDateTime = z.iso.datetime({ offset: true });
/** A meeting's wall-clock time: with an offset, or local ("2025-03-04T18:30") as a form gives it. */
const meetingTime = z.iso.datetime({ offset: true, local: true });
const safeKey = z
  .string()
  .min(1)
  .max(200)
  .refine((k) => !['__proto__', 'constructor', 'prototype'].includes(k), 'reserved key name');
const count = z.number().int().min(0);

export const stepStateSchema = z.strictObject({
  id: z.enum(STEP_IDS),
  status: z.enum(STEP_STATUSES).default('not-started'),
  notes: longText.default(''),
});

export const accessibilitySchema = z.strictObject(
  Object.fromEntries(ACCESSIBILITY_ITEMS.map((item) => [item, z.boolean().default(false)])) as Record<
    (typeof ACCESSIBILITY_ITEMS)[number],
    z.ZodDefault<z.ZodBoolean>
  >,
);

export const meetingSchema = z.strictObject({
  id,
  title,
  startsAt: meetingTime,
  place: shortText.default(''),
  accessibility: accessibilitySchema.default({
    outsideWorkHours: false,
    childcare: false,
    safePlace: false,
    transport: false,
    language: false,
  }),
  accessibilityNotes: shortText.default(''),
  agenda: z.array(shortText).max(100).default([]),
  invited: z.array(id).max(10_000).default([]),
  attended: z.array(id).max(10_000).default([]),
  minutes: longText.default(''),
});

export const taskSchema = z.strictObject({
  id,
  title,
  /** A stakeholder id, or '' while no one has taken the task on. */
  owner: z.string().max(200).default(''),
  due: isoDate.nullable().default(null),
  status: z.enum(TASK_STATUSES).default('open'),
  meetingId: id.nullable().default(null),
  /** The goal of the action plan this task moves forward (format 3). */
  goalId: id.nullable().default(null),
});

/** One goal of the coalition's action plan (format 3; before, goals were plain lines of text). */
export const goalSchema = z.strictObject({
  id,
  title: shortText.refine((t) => t.trim() !== '', 'a goal needs words'),
  status: z.enum(GOAL_STATUSES).default('planned'),
  /** What came of it, written when it is achieved or dropped. */
  outcome: longText.default(''),
  /** Stakeholders whose money or means serve this goal. */
  funderIds: z.array(id).max(1_000).default([]),
  /** Other resources the goal needs or uses (staff time, rooms, in-kind help). */
  resources: shortText.default(''),
});

export const roleSchema = z.strictObject({ stakeholderId: id, role: z.enum(ROLE_IDS) });

/** A place a member said they would not feel safe meeting in. */
export const unsafePlaceSchema = z.strictObject({
  id,
  place: title,
  /** The member who said so, or '' when they asked not to be named. */
  markedBy: z.string().max(200).default(''),
  note: shortText.default(''),
});

export const evaluationQuestionSchema = z.strictObject({ id, area: z.enum(EVALUATION_AREAS), text: title });

/** One evaluation round: the questions asked on a day and the answers, kept without names. */
export const evaluationSchema = z.strictObject({
  id,
  heldOn: isoDate,
  label: shortText.default(''),
  questions: z.array(evaluationQuestionSchema).min(1).max(50),
  /** One entry per answered form: question id -> 1 (poor) to 5 (very good); no respondent is stored. */
  responses: z.array(z.record(safeKey, z.number().int().min(1).max(5))).max(10_000).default([]),
});

export const committeeSchema = z.strictObject({
  id,
  name: title,
  purpose: shortText.default(''),
  memberIds: z.array(id).max(10_000).default([]),
});

const perCategory = <T extends z.ZodType>(value: T) =>
  z.strictObject(Object.fromEntries(CATEGORY_IDS.map((c) => [c, value])) as Record<(typeof CATEGORY_IDS)[number], T>);

/** The figures a comparison needs, copied out of the map and its analysis when the snapshot was taken. */
export const snapshotFiguresSchema = z.strictObject({
  stakeholders: count,
  memberIds: z.array(id).max(200_000),
  /** Member ids per category, so gains and losses can be named, not only counted. */
  membersByCategory: perCategory(z.array(id).max(200_000)),
  ties: count,
  /** [source, target, type] of every tie (pairs of undirected types sorted); null on very large maps. */
  tieKeys: z.array(z.tuple([id, id, z.string().max(50)])).max(20_000).nullable(),
  coverage: perCategory(z.enum(['missing', 'thin', 'ok'])),
  services: z.record(safeKey, z.enum(['gap', 'covered', 'duplicated'])),
  density: z.number().min(0).max(1),
  coreIds: z.array(id).max(200_000),
  /** Stakeholders one tie away from the core group, the core itself not counted. */
  coreReach: count,
});

export const snapshotSchema = z.strictObject({
  id,
  takenAt: isoDateTime,
  label: shortText.default(''),
  figures: snapshotFiguresSchema,
});

export const journeyShape = {
  steps: z.array(stepStateSchema).max(STEP_IDS.length).default([]),
  meetings: z.array(meetingSchema).max(10_000).default([]),
  tasks: z.array(taskSchema).max(100_000).default([]),
  committees: z.array(committeeSchema).max(1_000).default([]),
  snapshots: z.array(snapshotSchema).max(1_000).default([]),
  /**
   * Optional so every version 2 file written before it still parses unchanged; absent means 'off'
   * (read it through scheduleOf in snapshot-schedule.ts, which applies that default).
   */
  snapshotSchedule: z.enum(SNAPSHOT_SCHEDULES).optional(),
  // Format 3: structure, orientation, safe places and evaluation by members.
  roles: z.array(roleSchema).max(10_000).default([]),
  /** Members who have had an orientation, so meetings need not catch them up. */
  oriented: z.array(id).max(200_000).default([]),
  unsafePlaces: z.array(unsafePlaceSchema).max(1_000).default([]),
  evaluations: z.array(evaluationSchema).max(1_000).default([]),
};

interface JourneyParts {
  readonly steps: readonly { readonly id: string }[];
  readonly meetings: readonly { readonly id: string; readonly invited: readonly string[]; readonly attended: readonly string[] }[];
  readonly tasks: readonly { readonly id: string; readonly owner: string; readonly meetingId: string | null }[];
  readonly committees: readonly { readonly id: string; readonly memberIds: readonly string[] }[];
  readonly snapshots: readonly { readonly id: string }[];
}

type Issue = { path: (string | number)[]; message: string };

/** Duplicate ids and references to stakeholders or meetings that are not on the map. */
export function journeyReferenceIssues(doc: JourneyParts, stakeholderIds: ReadonlySet<string>): Issue[] {
  const issues: Issue[] = [];
  const unique = (list: readonly { readonly id: string }[], where: string, what: string): Set<string> => {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      if (seen.has(item.id)) issues.push({ path: [where, i, 'id'], message: `duplicate ${what} id "${item.id}"` });
      seen.add(item.id);
    });
    return seen;
  };
  const known = (ids: readonly string[], path: (string | number)[], what: string): void => {
    ids.forEach((sid, k) => {
      if (!stakeholderIds.has(sid)) issues.push({ path: [...path, k], message: `${what} refers to unknown stakeholder "${sid}"` });
    });
  };
  unique(doc.steps, 'steps', 'step');
  unique(doc.snapshots, 'snapshots', 'snapshot');
  const meetingIds = unique(doc.meetings, 'meetings', 'meeting');
  doc.meetings.forEach((m, i) => {
    known(m.invited, ['meetings', i, 'invited'], 'the invitation list');
    known(m.attended, ['meetings', i, 'attended'], 'the attendance list');
  });
  unique(doc.tasks, 'tasks', 'task');
  doc.tasks.forEach((t, i) => {
    if (t.owner !== '' && !stakeholderIds.has(t.owner)) issues.push({ path: ['tasks', i, 'owner'], message: `the task's owner "${t.owner}" is not on the map` });
    if (t.meetingId !== null && !meetingIds.has(t.meetingId)) issues.push({ path: ['tasks', i, 'meetingId'], message: `the task refers to unknown meeting "${t.meetingId}"` });
  });
  unique(doc.committees, 'committees', 'committee');
  doc.committees.forEach((c, i) => known(c.memberIds, ['committees', i, 'memberIds'], 'the committee'));
  return issues;
}
