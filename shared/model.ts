// The map model's types, inferred from the schema so the two can never drift apart.
import type { z } from 'zod';
import type {
  coalitionSchema,
  mapDocumentSchema,
  stakeholderSchema,
  tieSchema,
  categoryTargetSchema,
  serviceEntrySchema,
  STAGES,
  TIE_TYPES,
  KINDS,
} from './schema';
import type {
  committeeSchema,
  evaluationSchema,
  goalSchema,
  roleSchema,
  unsafePlaceSchema,
  EVALUATION_AREAS,
  GOAL_STATUSES,
  ROLE_IDS,
  meetingSchema,
  snapshotFiguresSchema,
  snapshotSchema,
  stepStateSchema,
  taskSchema,
  ACCESSIBILITY_ITEMS,
  STEP_IDS,
  STEP_STATUSES,
} from './journey/schema';

export type Stakeholder = Readonly<z.infer<typeof stakeholderSchema>>;
export type Tie = Readonly<z.infer<typeof tieSchema>>;
export type Coalition = Readonly<z.infer<typeof coalitionSchema>>;
export type CategoryTarget = Readonly<z.infer<typeof categoryTargetSchema>>;
export type ServiceCatalogEntry = Readonly<z.infer<typeof serviceEntrySchema>>;
export type MapDocument = Readonly<z.infer<typeof mapDocumentSchema>>;
export type StepState = Readonly<z.infer<typeof stepStateSchema>>;
export type Meeting = Readonly<z.infer<typeof meetingSchema>>;
export type Task = Readonly<z.infer<typeof taskSchema>>;
export type Committee = Readonly<z.infer<typeof committeeSchema>>;
export type Snapshot = Readonly<z.infer<typeof snapshotSchema>>;
export type SnapshotFigures = Readonly<z.infer<typeof snapshotFiguresSchema>>;
export type Goal = Readonly<z.infer<typeof goalSchema>>;
export type GoalStatus = (typeof GOAL_STATUSES)[number];
export type Role = Readonly<z.infer<typeof roleSchema>>;
export type RoleId = (typeof ROLE_IDS)[number];
export type UnsafePlace = Readonly<z.infer<typeof unsafePlaceSchema>>;
export type Evaluation = Readonly<z.infer<typeof evaluationSchema>>;
export type EvaluationArea = (typeof EVALUATION_AREAS)[number];
export type StepId = (typeof STEP_IDS)[number];
export type StepStatus = (typeof STEP_STATUSES)[number];
export type AccessibilityItem = (typeof ACCESSIBILITY_ITEMS)[number];
export type Stage = (typeof STAGES)[number];
export type TieType = (typeof TIE_TYPES)[number];
export type StakeholderKind = (typeof KINDS)[number];

/** Members are stakeholders who joined the coalition: `member` or `core`. */
export function isMember(s: Pick<Stakeholder, 'stage'>): boolean {
  return s.stage === 'member' || s.stage === 'core';
}

export function assertNever(value: never): never {
  throw new Error(`unexpected value: ${JSON.stringify(value)}`);
}
