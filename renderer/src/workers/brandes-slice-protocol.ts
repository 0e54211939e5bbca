// The messages between the analysis worker and its helper workers: a helper says it is ready once
// its script runs, then answers each slice of Brandes' sources with that slice's partial sums.
// Typed arrays only, so nothing is parsed on either side.
import type { AdjacencyArrays, PartialSums, SourcePlan } from '../../../shared/graph/betweenness-core';

export interface SliceRequest {
  readonly graph: AdjacencyArrays;
  readonly plan: SourcePlan;
  readonly sources: Int32Array;
  readonly withCloseness: boolean;
}

export type SliceReply = { readonly ready: true } | { readonly sums: PartialSums } | { readonly error: string };
