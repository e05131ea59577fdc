import { randomUUID } from "node:crypto";
import type { Db } from "../../db/client";
import { durationToMs } from "../../journey/duration";
import { loadStepContexts } from "../context/load-step-contexts";
import { createEnrollment } from "../create-enrollment";
import { lookupGraph } from "../graph-lookup";
import { shouldEnroll } from "../should-enroll";
import type { TContextEvent } from "../types";
import { buildCommitItems } from "./build-commit-items";
import { commitSteps, SLOT_TAKEN_REASON } from "./commit-steps";
import type { TRunVersion } from "./load-run-versions";

export type TEnrollProfileOptions = {
  /** The live version to enrol into (see `loadRunVersions`). */
  run: TRunVersion;
  profileId: string;
  /** The ingested event (event triggers), or the event an API call stands for. */
  event?: TContextEvent;
  now: Date;
};

export type TEnrollProfileResult =
  | { enrolled: true; enrollmentId: string; state: string; currentNodeId: string | null; sent: number }
  | { enrolled: false; reason: string };

/**
 * Enrols a profile into a live journey version and takes its first step at once, in one
 * transaction: the enrollment, its step log, counters and any first message. Refused (with the
 * reason) when the journey is not live, the trigger does not match, the re-entry policy or an
 * entry limit says no; the last two are recorded as an `EnrollmentRefusal` and counted on the
 * trigger (NodeStat `refused`). Two concurrent enrolments of one profile (re-entry "never" /
 * "afterExit") both pass the check but only one commits: the other's `activeSlot` is taken, and
 * it comes back as "already in this journey" (recorded as a re-entry refusal), never as an error.
 */
export async function enrollProfile(db: Db, options: TEnrollProfileOptions): Promise<TEnrollProfileResult> {
  const { run, profileId, now } = options;
  if (run.journeyStatus !== "live") return { enrolled: false, reason: `the journey is ${run.journeyStatus}, not live` };
  const trigger = lookupGraph(run.version.graph).trigger();
  if (!trigger || trigger.type !== "trigger") return { enrolled: false, reason: "the journey has no trigger" };
  const id = randomUUID();
  const existing = await db.enrollment.findMany({ where: { workspaceId: run.workspaceId, journeyId: run.journeyId, profileId }, select: { state: true, enteredAt: true } });
  const limit = run.version.settings.entryLimit;
  const journeyEntries = limit
    ? await db.enrollment.count({ where: { workspaceId: run.workspaceId, journeyId: run.journeyId, enteredAt: { gt: new Date(now.getTime() - durationToMs(limit.per)), lte: now } } })
    : undefined;
  const contexts = await loadStepContexts(db, [{ enrollmentId: id, workspaceId: run.workspaceId, profileId, journeyId: run.journeyId, version: run.version }], now);
  const context = contexts.get(id);
  if (!context) return { enrolled: false, reason: `profile ${profileId} not found` };
  const decision = shouldEnroll({
    trigger: trigger.data,
    settings: run.version.settings,
    event: options.event ?? null,
    existing: existing.map((e) => ({ state: e.state as "active" | "waiting" | "completed" | "exited", enteredAt: e.enteredAt })),
    now,
    context,
    ...(journeyEntries === undefined ? {} : { journeyEntries }),
  });
  if (!decision.enroll) {
    // A trigger that matched but was refused leaves a trace (the profile page, the trigger's counter).
    if (decision.code !== "noMatch") {
      const refusal = { workspaceId: run.workspaceId, journeyId: run.journeyId, versionId: run.version.id, triggerNodeId: trigger.id, profileId, reason: decision.code, detail: decision.reason, at: now };
      await commitSteps(db, [], { leaseOwner: null, now, refusals: [refusal] });
    }
    return { enrolled: false, reason: decision.reason };
  }
  const enrollment = createEnrollment({ id, journeyId: run.journeyId, versionId: run.version.id, profileId, graph: run.version.graph, now, ...(options.event ? { triggerEvent: options.event } : {}) });
  const items = await buildCommitItems(db, [{ workspaceId: run.workspaceId, mode: "create", enrollment, context: options.event ? { ...context, resumeEvent: options.event } : context, run }], now);
  const committed = await commitSteps(db, items, { leaseOwner: null, now });
  if (committed.slotTaken.includes(id)) return { enrolled: false, reason: SLOT_TAKEN_REASON };
  const result = items[0]?.result.enrollment;
  return { enrolled: true, enrollmentId: id, state: result?.state ?? "active", currentNodeId: result?.currentNodeId ?? null, sent: committed.sent };
}
