import type { Db } from "../../db/client";
import { lookupGraph } from "../graph-lookup";
import type { TContextEvent } from "../types";
import { enrollProfile, type TEnrollProfileResult } from "./enroll-profile";
import { loadRunVersions, type TRunVersion } from "./load-run-versions";
import { stepEnrollments } from "./step-enrollments";

export type THandleIngestedEventOptions = {
  workspaceId: string;
  profileId: string;
  event: TContextEvent;
  now: Date;
  /** the workspace's live versions, when the caller handles many events and loaded them once */
  liveVersions?: ReadonlyMap<string, TRunVersion>;
};

/** The live journey versions of a workspace, ready to enrol into (one load serves a whole batch of events). */
export async function loadLiveVersions(db: Db, workspaceId: string): Promise<Map<string, TRunVersion>> {
  const live = await db.journey.findMany({ where: { workspaceId, status: "live", liveVersionId: { not: null } }, select: { liveVersionId: true } });
  const { versions } = await loadRunVersions(db, live.flatMap((j) => (j.liveVersionId ? [j.liveVersionId] : [])));
  return versions;
}

export type THandleIngestedEventResult = {
  /** One entry per live journey the event's name triggers. */
  enrolments: ({ journeyId: string } & TEnrollProfileResult)[];
  /** Existing enrollments of the profile stepped with the event (waits resumed, goals and exits checked). */
  stepped: number;
  sent: number;
};

/**
 * What the ingest path calls after storing a track event: enrols the profile into every live
 * journey whose event trigger matches (first step included), and steps every active or waiting
 * enrollment of the profile with the event, so a wait-for-event resumes and goals and exit
 * criteria apply in the same request: event → first message decision in milliseconds.
 * Existing enrollments are stepped first, so a journey the event re-triggers sees the earlier run
 * already ended by its goal.
 */
export async function handleIngestedEvent(db: Db, options: THandleIngestedEventOptions): Promise<THandleIngestedEventResult> {
  const { workspaceId, profileId, event, now } = options;
  const current = await db.enrollment.findMany({
    where: { workspaceId, profileId, state: { in: ["active", "waiting"] }, journey: { status: "live" } },
    select: { id: true },
  });
  const stepped = await stepEnrollments(db, workspaceId, current.map((e) => e.id), { now, resumeEvent: event, workerId: "ingest" });

  const versions = options.liveVersions ?? (await loadLiveVersions(db, workspaceId));
  const enrolments: THandleIngestedEventResult["enrolments"] = [];
  let sent = stepped.sent;
  for (const run of versions.values()) {
    if (run.workspaceId !== workspaceId) continue;
    const trigger = lookupGraph(run.version.graph).trigger();
    if (trigger?.type !== "trigger" || trigger.data.source.kind !== "event" || trigger.data.source.event !== event.name) continue;
    const result = await enrollProfile(db, { run, profileId, event, now });
    if (result.enrolled) sent += result.sent;
    enrolments.push({ journeyId: run.journeyId, ...result });
  }
  return { enrolments, stepped: stepped.stepped, sent };
}
