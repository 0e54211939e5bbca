// Louvain modularity optimisation (Blondel, Guillaume, Lambiotte & Lefebvre 2008) over the compact
// graph's arrays. Each level moves nodes, one at a time in a seeded random order, to the neighbouring
// community that raises modularity most, until no move helps; then every community becomes one
// node of a smaller weighted graph and the next level starts. Written over typed arrays because
// building a general graph object for 20,000 stakeholders cost more than the optimisation itself.
import { seededRandom } from './random';

export interface LouvainInput {
  readonly order: number;
  readonly offsets: Int32Array;
  readonly neighbours: Int32Array;
}

export interface LouvainResult {
  /** Community per node, numbered in order of each community's first node. */
  readonly communityOf: Int32Array;
  readonly count: number;
  /** Modularity of the partition on the input graph; 0 when it has no ties. */
  readonly modularity: number;
}

/** A level's graph: symmetric weighted rows, plus each node's self-loop weight (internal ties, counted from both ends). */
interface WeightedGraph {
  readonly order: number;
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  readonly weights: Float64Array;
  readonly loops: Float64Array;
  /** Weighted degree: row sum plus loop. */
  readonly degree: Float64Array;
}

/** A move must gain more than this (relative to the total weight) to count, so ties never loop. */
const MIN_GAIN = 1e-12;
/**
 * A level stops once a whole pass over its nodes raises modularity by less than this, as in the
 * authors' own code: on big maps the last passes only shuffle a few nodes for nothing visible.
 */
const MIN_PASS_GAIN = 1e-6;

function fromInput(input: LouvainInput): WeightedGraph {
  const { order, offsets, neighbours } = input;
  const degree = new Float64Array(order);
  for (let v = 0; v < order; v += 1) degree[v] = offsets[v + 1]! - offsets[v]!;
  return { order, offsets, targets: neighbours, weights: new Float64Array(neighbours.length).fill(1), loops: new Float64Array(order), degree };
}

function shuffled(n: number, random: () => number): Int32Array {
  const order = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    const swap = order[i]!;
    order[i] = order[j]!;
    order[j] = swap;
  }
  return order;
}

/** One level's local moves; returns each node's community (numbered 0..count-1) and whether anything moved. */
function moveNodes(g: WeightedGraph, total: number, random: () => number): { community: Int32Array; count: number; moved: boolean } {
  const n = g.order;
  const community = Int32Array.from({ length: n }, (_, i) => i);
  const communityDegree = Float64Array.from(g.degree);
  // Weight from the node being moved to each neighbouring community, reset after each node.
  const weightTo = new Float64Array(n);
  const touched = new Int32Array(n);
  const visitOrder = shuffled(n, random);
  let moved = false;
  let passGain = Infinity;
  while (passGain > MIN_PASS_GAIN) {
    passGain = 0;
    for (let o = 0; o < n; o += 1) {
      const v = visitOrder[o]!;
      const k = g.degree[v]!;
      if (k === 0) continue;
      const own = community[v]!;
      let count = 0;
      for (let e = g.offsets[v]!; e < g.offsets[v + 1]!; e += 1) {
        const c = community[g.targets[e]!]!;
        if (weightTo[c] === 0) touched[count++] = c;
        weightTo[c] = weightTo[c]! + g.weights[e]!;
      }
      communityDegree[own] = communityDegree[own]! - k;
      // Gain of joining c, up to a constant factor: weight into c minus what chance would put there.
      let best = own;
      const stayGain = weightTo[own]! - (k * communityDegree[own]!) / total;
      let bestGain = stayGain;
      for (let i = 0; i < count; i += 1) {
        const c = touched[i]!;
        const gain = weightTo[c]! - (k * communityDegree[c]!) / total;
        if (gain > bestGain + MIN_GAIN * total) {
          best = c;
          bestGain = gain;
        }
      }
      communityDegree[best] = communityDegree[best]! + k;
      for (let i = 0; i < count; i += 1) weightTo[touched[i]!] = 0;
      if (best !== own) {
        community[v] = best;
        moved = true;
        // In modularity units: twice the gain over the total weight.
        passGain += (2 * (bestGain - stayGain)) / total;
      }
    }
  }
  return { ...numberByFirstMember(community), moved };
}

/** Renumbers community labels (each below the node count) densely, in order of each one's first member. */
function numberByFirstMember(labels: Int32Array): { community: Int32Array; count: number } {
  const renumber = new Int32Array(labels.length).fill(-1);
  const community = new Int32Array(labels.length);
  let count = 0;
  for (let v = 0; v < labels.length; v += 1) {
    const c = labels[v]!;
    if (renumber[c] === -1) renumber[c] = count++;
    community[v] = renumber[c]!;
  }
  return { community, count };
}

/** The graph whose nodes are the communities: ties between them summed, ties inside them as loops. */
function aggregate(g: WeightedGraph, community: Int32Array, count: number): WeightedGraph {
  const loops = new Float64Array(count);
  const degree = new Float64Array(count);
  // Members grouped by community (a counting sort), so each community's rows are read together.
  const firstMember = new Int32Array(count + 1);
  for (let v = 0; v < g.order; v += 1) {
    const c = community[v]!;
    firstMember[c + 1] = firstMember[c + 1]! + 1;
    loops[c] = loops[c]! + g.loops[v]!;
    degree[c] = degree[c]! + g.degree[v]!;
  }
  for (let c = 0; c < count; c += 1) firstMember[c + 1] = firstMember[c + 1]! + firstMember[c]!;
  const members = new Int32Array(g.order);
  const filled = firstMember.slice(0, count);
  for (let v = 0; v < g.order; v += 1) {
    const c = community[v]!;
    members[filled[c]!] = v;
    filled[c] = filled[c]! + 1;
  }
  const offsets = new Int32Array(count + 1);
  const targets = new Int32Array(g.targets.length);
  const weights = new Float64Array(g.targets.length);
  let size = 0;
  const weightTo = new Float64Array(count);
  const touched = new Int32Array(count);
  for (let c = 0; c < count; c += 1) {
    let seen = 0;
    for (let m = firstMember[c]!; m < firstMember[c + 1]!; m += 1) {
      const v = members[m]!;
      for (let e = g.offsets[v]!; e < g.offsets[v + 1]!; e += 1) {
        const d = community[g.targets[e]!]!;
        if (d === c) {
          loops[c] = loops[c]! + g.weights[e]!;
          continue;
        }
        if (weightTo[d] === 0) touched[seen++] = d;
        weightTo[d] = weightTo[d]! + g.weights[e]!;
      }
    }
    for (let i = 0; i < seen; i += 1) {
      const d = touched[i]!;
      targets[size] = d;
      weights[size] = weightTo[d]!;
      size += 1;
      weightTo[d] = 0;
    }
    offsets[c + 1] = size;
  }
  return { order: count, offsets, targets: targets.slice(0, size), weights: weights.slice(0, size), loops, degree };
}

/** Modularity of a partition of the input graph (each tie counted once, no weights). */
export function modularityOf(input: LouvainInput, communityOf: Int32Array, count: number): number {
  const total = input.neighbours.length;
  if (total === 0) return 0;
  const inside = new Float64Array(count);
  const degree = new Float64Array(count);
  for (let v = 0; v < input.order; v += 1) {
    const c = communityOf[v]!;
    degree[c] = degree[c]! + input.offsets[v + 1]! - input.offsets[v]!;
    for (let e = input.offsets[v]!; e < input.offsets[v + 1]!; e += 1) if (communityOf[input.neighbours[e]!] === c) inside[c] = inside[c]! + 1;
  }
  let q = 0;
  for (let c = 0; c < count; c += 1) q += inside[c]! / total - (degree[c]! / total) ** 2;
  return q;
}

export function louvain(input: LouvainInput, seed = 1): LouvainResult {
  const random = seededRandom(seed);
  const total = input.neighbours.length; // twice the number of ties
  const communityOf = Int32Array.from({ length: input.order }, (_, i) => i);
  if (total > 0) {
    let level = fromInput(input);
    for (;;) {
      const step = moveNodes(level, total, random);
      if (!step.moved) break;
      for (let v = 0; v < input.order; v += 1) communityOf[v] = step.community[communityOf[v]!]!;
      level = aggregate(level, step.community, step.count);
    }
  }
  // Each level numbered its communities by first member, so one more pass numbers them by first node.
  const { community, count } = numberByFirstMember(communityOf);
  return { communityOf: community, count, modularity: modularityOf(input, community, count) };
}
