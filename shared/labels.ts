// Plain words for the schema's ids, shared by the window and by exports people hand out.
import type { Stage } from './model';

export const STAGE_LABELS: Readonly<Record<Stage, string>> = {
  mapped: 'Mapped',
  'to-contact': 'To contact',
  contacted: 'Contacted',
  member: 'Member',
  core: 'Core group',
  declined: 'Declined',
};
