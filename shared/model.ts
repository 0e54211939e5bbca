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

export type Stakeholder = Readonly<z.infer<typeof stakeholderSchema>>;
export type Tie = Readonly<z.infer<typeof tieSchema>>;
export type Coalition = Readonly<z.infer<typeof coalitionSchema>>;
export type CategoryTarget = Readonly<z.infer<typeof categoryTargetSchema>>;
export type ServiceCatalogEntry = Readonly<z.infer<typeof serviceEntrySchema>>;
export type MapDocument = Readonly<z.infer<typeof mapDocumentSchema>>;
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
