// A multi-value register: the value of one field of one record. A write replaces every write its
// author had seen; writes made without seeing each other stay side by side, and that is a
// conflict the organizers settle in words. Every device keeps the same set, whatever order the
// changes arrived in, so every device shows the same value (the write with the later clock, then
// the larger actor id) and the same conflict.
import { hasSeen, type VersionVector } from './change';

export interface Write {
  readonly value: unknown;
  readonly actor: string;
  readonly seq: number;
  readonly clock: number;
  readonly deps: VersionVector;
}

export type Register = readonly Write[];

/** The register after `write`: what it supersedes goes, concurrent writes stay. */
export function writeRegister(register: Register | undefined, write: Write): Register {
  const kept = (register ?? []).filter((old) => !hasSeen(write.deps, old.actor, old.seq) && !sameDot(old, write));
  return [...kept, write].sort(byClockThenActor);
}

/** The value every device shows for the field. */
export function winner(register: Register): Write {
  const last = register[register.length - 1];
  if (last === undefined) throw new Error('a register always holds at least one write');
  return last;
}

/** Two writes are concurrent when neither author had seen the other's. */
export function concurrent(a: Write, b: Write): boolean {
  return !hasSeen(a.deps, b.actor, b.seq) && !hasSeen(b.deps, a.actor, a.seq) && !sameDot(a, b);
}

function sameDot(a: Write, b: Write): boolean {
  return a.actor === b.actor && a.seq === b.seq;
}

function byClockThenActor(a: Write, b: Write): number {
  if (a.clock !== b.clock) return a.clock - b.clock;
  return a.actor < b.actor ? -1 : a.actor > b.actor ? 1 : 0;
}

/**
 * Two devices' registers for one field joined into one: what a device holds after applying both
 * sets of changes. A register is the writes no other write to the field had seen (causal delivery
 * makes "had seen" transitive), so the join keeps exactly the writes of either side that no write
 * of either side had seen.
 */
export function joinRegisters(a: Register, b: Register): Register {
  const all = [...a, ...b.filter((w) => !a.some((old) => sameDot(old, w)))];
  return all.filter((w) => !all.some((other) => !sameDot(other, w) && hasSeen(other.deps, w.actor, w.seq))).sort(byClockThenActor);
}
