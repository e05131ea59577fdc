import { randomUUID } from "node:crypto";
import type { Db } from "../../db/client";
import { durationToMs } from "../../journey/duration";
import { loadStepContexts } from "../context/load-step-contexts";
import { createEnrollment } from "../create-enrollment";
import { lookupGraph } from "../graph-lookup";
import { shouldEnroll, type TEnrollmentSummary } from "../should-enroll";
import type { TEnrollmentStatus } from "../types";
import { buildCommitItems } from "./build-commit-items";
import type { TCommitItem } from "./commit-steps";
import type { TRunVersion } from "./load-run-versions";
import type { TRefusal } from "./write-refusals";

export type TPrepareEnrolmentsOptions = {
  now: Date;
  /** Replaces the trigger's "entered" log reason, to name what enrolled the profile (the segment's name, the schedule's firing). */
  entryReason?: string;
};

/**
 * New enrollments stepped and ready for `commitSteps`, the profiles refused with why, and of
 * those the refusals to record with the commit (re-entry, entry limits; `commitSteps`' `refusals`).
 */
export type TPreparedEnrolments = { items: TCommitItem[]; refused: { profileId: string; reason: string }[]; refusals: TRefusal[] };

const STATES = new Set<string>(["active", "waiting", "completed", "exited"]);

async function loadExisting(db: Db, run: TRunVersion, profileIds: readonly string[]): Promise<Map<string, TEnrollmentSummary[]>> {
  const rows = await db.enrollment.findMany({
    where: { workspaceId: run.workspaceId, journeyId: run.journeyId, profileId: { in: [...new Set(profileIds)] } },
    select: { profileId: true, state: true, enteredAt: true },
  });
  const byProfile = new Map<string, TEnrollmentSummary[]>();
  for (const row of rows) {
    if (!STATES.has(row.state)) continue;
    byProfile.set(row.profileId, [...(byProfile.get(row.profileId) ?? []), { state: row.state as TEnrollmentStatus, enteredAt: row.enteredAt }]);
  }
  return byProfile;
}

/**
 * Enrolments of many profiles into one live version without a triggering event (segment entry,
 * schedule): earlier enrollments, the journey-wide throttle and the step contexts are loaded in
 * bulk, `shouldEnroll` decides per profile (a profile listed twice meets its own first entry),
 * and each accepted profile's first step is taken and rendered. Nothing is written: the caller
 * commits the items with `commitSteps` (in one transaction with whatever marks the work done),
 * where a concurrent enrolment of the same profile loses on its `activeSlot`.
 */
export async function prepareEnrolments(db: Db, run: TRunVersion, profileIds: readonly string[], options: TPrepareEnrolmentsOptions): Promise<TPreparedEnrolments> {
  const { now } = options;
  const refused: TPreparedEnrolments["refused"] = [];
  const trigger = lookupGraph(run.version.graph).trigger();
  if (run.journeyStatus !== "live" || !trigger || trigger.type !== "trigger") {
    const reason = trigger?.type === "trigger" ? `the journey is ${run.journeyStatus}, not live` : "the journey has no trigger";
    return { items: [], refused: profileIds.map((profileId) => ({ profileId, reason })), refusals: [] };
  }
  const refusals: TRefusal[] = [];
  if (profileIds.length === 0) return { items: [], refused, refusals };
  const existing = await loadExisting(db, run, profileIds);
  const limit = run.version.settings.entryLimit;
  let journeyEntries = limit
    ? await db.enrollment.count({ where: { workspaceId: run.workspaceId, journeyId: run.journeyId, enteredAt: { gt: new Date(now.getTime() - durationToMs(limit.per)), lte: now } } })
    : undefined;
  const requests = profileIds.map((profileId) => ({ enrollmentId: randomUUID(), workspaceId: run.workspaceId, profileId, journeyId: run.journeyId, version: run.version }));
  const contexts = await loadStepContexts(db, requests, now);
  const inputs = [];
  for (const request of requests) {
    const context = contexts.get(request.enrollmentId);
    if (!context) {
      refused.push({ profileId: request.profileId, reason: `profile ${request.profileId} not found` });
      continue;
    }
    const earlier = existing.get(request.profileId) ?? [];
    const decision = shouldEnroll({ trigger: trigger.data, settings: run.version.settings, event: null, existing: earlier, now, context, ...(journeyEntries === undefined ? {} : { journeyEntries }) });
    if (!decision.enroll) {
      refused.push({ profileId: request.profileId, reason: decision.reason });
      if (decision.code !== "noMatch") refusals.push({ workspaceId: run.workspaceId, journeyId: run.journeyId, versionId: run.version.id, triggerNodeId: trigger.id, profileId: request.profileId, reason: decision.code, detail: decision.reason, at: now });
      continue;
    }
    existing.set(request.profileId, [...earlier, { state: "active", enteredAt: now }]);
    if (journeyEntries !== undefined) journeyEntries++;
    const enrollment = createEnrollment({ id: request.enrollmentId, journeyId: run.journeyId, versionId: run.version.id, profileId: request.profileId, graph: run.version.graph, now });
    inputs.push({ workspaceId: run.workspaceId, mode: "create" as const, enrollment, context, run });
  }
  const items = await buildCommitItems(db, inputs, now);
  if (options.entryReason) {
    for (const item of items) {
      for (const effect of item.result.effects) {
        if (effect.type === "log" && effect.nodeId === trigger.id && effect.action === "entered") effect.reason = options.entryReason;
      }
    }
  }
  return { items, refused, refusals };
}
