// The messages between the analysis worker and its helper workers: one slice of Brandes' sources
// out, that slice's partial sums back. Typed arrays only, so nothing is parsed on either side.
import type { AdjacencyArrays, PartialSums, SourcePlan } from '../../../shared/analysis/betweenness-core';

export interface SliceRequest {
  readonly graph: AdjacencyArrays;
  readonly plan: SourcePlan;
  readonly sources: Int32Array;
  readonly withCloseness: boolean;
}

export type SliceReply = { readonly sums: PartialSums } | { readonly error: string };
