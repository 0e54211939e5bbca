// The coalition's journey: the seven steps, barriers, meetings, tasks, committees and snapshots.
export * from './attendance';
export * from './barriers';
export * from './committees';
export * from './compare-snapshots';
export * from './evaluation';
export * from './goals';
export * from './journey-report';
export * from './meeting-attendance';
export * from './meeting-checks';
export * from './meetings';
export * from './practice-signals';
export * from './snapshots';
export * from './step-facts';
export * from './steps';
export * from './steps-state';
export * from './tasks';
export { ACCESSIBILITY_ITEMS, STEP_IDS, STEP_STATUSES, TASK_STATUSES } from './schema';
export { forgetStakeholders, replaceStakeholder } from './references';
