/**
 * Ring operations (dskit ring.Operation): which instance states are healthy for the operation,
 * and on which states the replica set is extended by one more instance.
 */
import { InstanceState } from "./model.ts";

export interface Operation {
  readonly name: string;
  /** Bit per InstanceState that counts as healthy. */
  readonly healthyStates: number;
  /** Bit per InstanceState on which the replica set grows by one. */
  readonly extendStates: number;
}

function bits(states: readonly InstanceState[]): number {
  let b = 0;
  for (const s of states) b |= 1 << s;
  return b;
}

export function newOp(
  name: string,
  healthy: readonly InstanceState[],
  extendOn: readonly InstanceState[] = [],
): Operation {
  return { name, healthyStates: bits(healthy), extendStates: bits(extendOn) };
}

const { ACTIVE, LEAVING, PENDING, JOINING, LEFT } = InstanceState;

/** Writes go to ACTIVE instances; any other state extends the set. */
export const Write = newOp("Write", [ACTIVE], [LEAVING, PENDING, JOINING, LEFT]);
/** Like Write without extension. */
export const WriteNoExtend = newOp("WriteNoExtend", [ACTIVE]);
/** Reads from ACTIVE, PENDING and LEAVING; extended on states other than ACTIVE and LEAVING. */
export const Read = newOp("Read", [ACTIVE, PENDING, LEAVING], [PENDING, JOINING, LEFT]);
/** Every state is healthy (health reporting). */
export const Reporting = newOp("Reporting", [ACTIVE, LEAVING, PENDING, JOINING, LEFT]);

export function isStateHealthy(op: Operation, s: InstanceState): boolean {
  return (op.healthyStates & (1 << s)) !== 0;
}

export function shouldExtendReplicaSet(op: Operation, s: InstanceState): boolean {
  return (op.extendStates & (1 << s)) !== 0;
}
