import { parseEnrollmentMemory } from "../parse-enrollment-memory";
import type { TEnrollmentState, TEnrollmentStatus } from "../types";

/** The Enrollment columns the runner reads. */
export type TEnrollmentRow = {
  id: string;
  journeyId: string;
  versionId: string;
  profileId: string;
  state: string;
  currentNodeId: string | null;
  memory: unknown;
  wakeAt: Date | null;
  waitingFor: string | null;
  enteredAt: Date;
  exitedAt: Date | null;
  exitReason: string | null;
};

const STATES: readonly TEnrollmentStatus[] = ["active", "waiting", "completed", "exited"];

/**
 * A stored enrollment as the engine's state. `waitingFor` is stored as the event name only; the
 * node is the current one (a profile waits on the node it is parked at). A row whose memory or
 * state does not parse is a result, not a throw: the runner exits it with the reason.
 */
export function enrollmentFromRow(row: TEnrollmentRow): { ok: true; enrollment: TEnrollmentState } | { ok: false; reason: string } {
  const memory = parseEnrollmentMemory(row.memory);
  if (!memory.ok) return { ok: false, reason: `stored memory is damaged (${memory.path}: ${memory.message})` };
  const state = STATES.find((s) => s === row.state);
  if (!state) return { ok: false, reason: `unknown enrollment state "${row.state}"` };
  return {
    ok: true,
    enrollment: {
      id: row.id,
      journeyId: row.journeyId,
      versionId: row.versionId,
      profileId: row.profileId,
      state,
      currentNodeId: row.currentNodeId,
      wakeAt: row.wakeAt,
      waitingFor: row.waitingFor && row.currentNodeId ? { event: row.waitingFor, nodeId: row.currentNodeId } : null,
      memory: memory.memory,
      enteredAt: row.enteredAt,
      exitedAt: row.exitedAt,
      exitReason: row.exitReason,
    },
  };
}

/** The columns a step writes back (memory as JSON: Dates become ISO strings through JSON). */
export function enrollmentToRowData(enrollment: TEnrollmentState) {
  return {
    state: enrollment.state,
    currentNodeId: enrollment.currentNodeId,
    wakeAt: enrollment.wakeAt,
    waitingFor: enrollment.waitingFor?.event ?? null,
    memory: JSON.parse(JSON.stringify(enrollment.memory)) as Record<string, unknown>,
    exitedAt: enrollment.exitedAt,
    exitReason: enrollment.exitReason,
    convertedAt: enrollment.memory.converted?.at ?? null,
  };
}
