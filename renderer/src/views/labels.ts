// Plain words for the schema's ids, used by every view.
import type { StakeholderKind } from '../../../shared/model';

export { STAGE_LABELS } from '../../../shared/labels';

export const KIND_LABELS: Record<StakeholderKind, string> = {
  person: 'Person',
  organization: 'Organization',
};

export const STRENGTH_LABELS: Record<number, string> = { 1: 'Weak', 2: 'Medium', 3: 'Strong' };
export const TRUST_LABELS: Record<number, string> = { 1: 'Low', 2: 'Some', 3: 'Good', 4: 'High' };
