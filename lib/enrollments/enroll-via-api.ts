import { db } from "../db/client";
import { enrollProfile } from "../engine/runner/enroll-profile";
import { loadRunVersions } from "../engine/runner/load-run-versions";
import { testClockEnabled } from "../engine/runner/test-clock";
import { lookupGraph } from "../engine/graph-lookup";
import { conflict, invalid, notFound } from "../errors";
import type { TEnrollBody } from "./enrollment-schemas";

async function resolveProfileId(workspaceId: string, body: TEnrollBody): Promise<string> {
  if (body.profileId) {
    const profile = await db.profile.findFirst({ where: { id: body.profileId, workspaceId }, select: { id: true } });
    if (!profile) throw notFound(`profile ${body.profileId}`);
    return profile.id;
  }
  const [kind, value] = body.userId ? ["userId", body.userId] : ["email", body.email ?? ""];
  const identity = await db.identity.findFirst({ where: { workspaceId, kind, value: { in: [...new Set([value, kind === "email" ? value.toLowerCase() : value])] } }, select: { profileId: true } });
  if (!identity) throw notFound(`profile with ${kind} ${value}`);
  return identity.profileId;
}

/**
 * The API trigger: enrols a profile (by id, user id or email) into a live journey and takes its
 * first step at once. For an event-triggered journey the call stands for that event (with
 * `properties`), so filters and templates read it as they would an ingested one. 400 when the
 * journey is not live; 409 with the reason when the trigger, re-entry policy or a limit refuses.
 */
export async function enrollViaApi(workspaceId: string, journeyId: string, body: TEnrollBody) {
  if (body.now && !testClockEnabled()) throw invalid("now", "is accepted only with WAYMARK_TEST_CLOCK=1 (never in production)");
  const now = body.now ? new Date(body.now) : new Date();
  const journey = await db.journey.findFirst({ where: { id: journeyId, workspaceId }, select: { status: true, liveVersionId: true } });
  if (!journey) throw notFound(`journey ${journeyId}`);
  if (journey.status !== "live" || !journey.liveVersionId) throw invalid("status", `journey is ${journey.status}; publish it (or resume it) before enrolling profiles`);
  const { versions, problems } = await loadRunVersions(db, [journey.liveVersionId]);
  const run = versions.get(journey.liveVersionId);
  if (!run) throw conflict(problems.get(journey.liveVersionId)?.reason ?? "the live version is missing");
  const profileId = await resolveProfileId(workspaceId, body);
  const trigger = lookupGraph(run.version.graph).trigger();
  const source = trigger?.type === "trigger" ? trigger.data.source : null;
  const event = source?.kind === "event" ? { name: source.event, properties: body.properties ?? {}, timestamp: now } : undefined;
  const result = await enrollProfile(db, { run, profileId, now, ...(event ? { event } : {}) });
  if (!result.enrolled) throw conflict(`not enrolled: ${result.reason}`, { reason: result.reason });
  return { enrollmentId: result.enrollmentId, state: result.state, currentNodeId: result.currentNodeId, sent: result.sent };
}
