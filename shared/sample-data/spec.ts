// The compact way the sample is written down; sample.ts fills in the fields every record needs.
import type { CategoryId } from '../categories';
import type { Stage, StakeholderKind, TieType } from '../model';

export interface StakeholderSpec {
  readonly id: string;
  readonly name: string;
  readonly kind: StakeholderKind;
  readonly categories: readonly CategoryId[];
  readonly stage: Stage;
  readonly role?: string;
  readonly sector?: string;
  readonly area?: string;
  readonly services?: readonly string[];
  readonly influence?: number;
  readonly livedExperience?: boolean;
  readonly confidential?: boolean;
  /** Consent to be contacted ends this many days from "now" (negative: already expired). */
  readonly consentInDays?: number;
  /** Leave out email and phone (confidential survivors are reached through their advocate). */
  readonly noContact?: boolean;
  readonly notes?: string;
  readonly tags?: readonly string[];
}

/** [id, source, target, type, strength, notes?] */
export type TieSpec = readonly [string, string, string, TieType, 1 | 2 | 3, string?];
