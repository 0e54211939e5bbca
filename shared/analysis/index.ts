// The analysis entry point for callers outside shared/ (the CLI, the renderer's Web Worker):
// one function and its result types. Nothing here touches Node or the DOM.
export { analyzeMap, type AnalyzeOptions } from './analyze';
export type {
  AnalysisWarning,
  CommitteeCoverage,
  CoreCandidate,
  CoreGroup,
  CoverageGap,
  CoverageRow,
  CoverageStatus,
  Insights,
  RecruitmentSuggestion,
  ServiceRow,
  ServiceStatus,
  StakeholderFigures,
  Summary,
  VoiceBalance,
  WarningKind,
} from './types';
export { findCommittee } from './committee-coverage';
export { formatTextReport } from './text-report';
