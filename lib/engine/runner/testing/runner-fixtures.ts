import { randomUUID } from "node:crypto";
import type { Db } from "../../../db/client";
import { asJson } from "../../../db/json";
import type { TJourneyGraph } from "../../../journey/graph";
import { exit, link, pause, send, sendLinks, step } from "../../../journey/templates/template-kit";
import { forgetExitRules } from "../load-exit-rules";
import { stepEnrollments } from "../step-enrollments";

/** Test data for the runner. Not used by production code. */

/** trigger ("Signed Up") → email → wait 1 day → SMS → exit. */
export function emailThenSmsGraph(emailTemplateId: string, smsTemplateId: string): TJourneyGraph {
  return {
    nodes: [
      step("trigger", "trigger", { source: { kind: "event", event: "Signed Up" }, reentry: "afterExit" }),
      send("email", "email", emailTemplateId, { templateId: emailTemplateId }),
      pause("wait-1d", 1, "days"),
      send("sms", "sms", smsTemplateId, { templateId: smsTemplateId }),
      exit("done", "Done"),
    ],
    edges: [link("trigger", "next", "email"), ...sendLinks("email", "wait-1d"), link("wait-1d", "next", "sms"), ...sendLinks("sms", "done")],
  };
}

/** trigger ("Signed Up") → wait up to 2 days for "Clicked" → email on the event, exit on the timeout. */
export function waitForClickGraph(emailTemplateId: string): TJourneyGraph {
  return {
    nodes: [
      step("trigger", "trigger", { source: { kind: "event", event: "Signed Up" }, reentry: "afterExit" }),
      step("wait-click", "waitForEvent", { event: "Clicked", timeout: { amount: 2, unit: "days" } }),
      send("email", "email", emailTemplateId, { templateId: emailTemplateId }),
      exit("done", "Done"),
      exit("gave-up", "No click"),
    ],
    edges: [link("trigger", "next", "wait-click"), link("wait-click", "event", "email"), link("wait-click", "timeout", "gave-up"), ...sendLinks("email", "done")],
  };
}

/** A workspace with an email and an SMS template. */
export async function createRunnerWorkspace(db: Db) {
  const workspace = await db.workspace.create({ data: { name: "Runner test", slug: `runner-${randomUUID()}` } });
  const email = await db.template.create({
    data: { workspaceId: workspace.id, name: "Welcome email", channel: "email", content: { subject: "Hi {{ profile.traits.first_name }}", html: "<p>Hi</p>", text: "Hi {{ event.properties.plan }}" } },
  });
  const sms = await db.template.create({ data: { workspaceId: workspace.id, name: "Welcome SMS", channel: "sms", content: { body: "Hey {{ profile.traits.first_name }}" } } });
  return { workspace, emailTemplateId: email.id, smsTemplateId: sms.id };
}

let phoneCounter = 0;

/** A reachable, consenting profile: email and phone on file, subscribed to both. */
export async function createReachableProfile(db: Db, workspaceId: string, firstName = "Ada") {
  const tag = randomUUID().slice(0, 8);
  // A counter, not a random number: identities are unique per workspace, and hundreds of random
  // five-digit suffixes collided now and then (the birthday problem).
  phoneCounter++;
  return db.profile.create({
    data: {
      workspaceId,
      traits: { first_name: firstName },
      timezone: "UTC",
      identities: {
        create: [
          { workspaceId, kind: "email", value: `${firstName.toLowerCase()}-${tag}@example.test` },
          { workspaceId, kind: "phone", value: `+4477009${String(phoneCounter % 100000).padStart(5, "0")}` },
        ],
      },
      consents: { create: [{ workspaceId, channel: "email", status: "subscribed", source: "test" }, { workspaceId, channel: "sms", status: "subscribed", source: "test" }] },
    },
  });
}

/** A live journey whose version 1 is `graph` (written directly: publishing has its own tests). */
export async function createLiveJourney(db: Db, workspaceId: string, graph: TJourneyGraph, settings: Record<string, unknown> = {}, publishedAt?: Date) {
  const journey = await db.journey.create({ data: { workspaceId, name: `Journey ${randomUUID().slice(0, 6)}`, status: "live", draft: asJson(graph), settings: asJson(settings) } });
  const version = await db.journeyVersion.create({ data: { workspaceId, journeyId: journey.id, version: 1, graph: asJson(graph), settings: asJson({ frequencyCapExempt: false, ...settings }), ...(publishedAt ? { publishedAt } : {}) } });
  await db.journey.update({ where: { id: journey.id }, data: { liveVersionId: version.id } });
  // As publishing does: this process must see the new version's exit criteria at once.
  forgetExitRules(workspaceId);
  return { journeyId: journey.id, versionId: version.id };
}

export const at = (iso: string) => new Date(iso);
export const signedUp = (iso: string, properties: Record<string, unknown> = { plan: "pro" }) => ({ name: "Signed Up", properties, timestamp: at(iso) });

/** trigger (entry into `segmentId`) → email → exit, under `reentry`. */
export function segmentEntryGraph(segmentId: string, emailTemplateId: string, reentry: "never" | "afterExit" | "always" = "never"): TJourneyGraph {
  return {
    nodes: [step("trigger", "trigger", { source: { kind: "segmentEntry", segmentId }, reentry }), send("email", "email", emailTemplateId, { templateId: emailTemplateId }), exit("done", "Done")],
    edges: [link("trigger", "next", "email"), ...sendLinks("email", "done")],
  };
}

/** trigger (cron in `timezone` over `audienceSegmentId`, or everyone) → email → wait 1 day → exit, under `reentry`. */
export function scheduleGraph(cron: string, timezone: string, emailTemplateId: string, options: { audienceSegmentId?: string; reentry?: "never" | "afterExit" | "always" } = {}): TJourneyGraph {
  const source = { kind: "schedule" as const, cron, timezone, ...(options.audienceSegmentId ? { audienceSegmentId: options.audienceSegmentId } : {}) };
  return {
    nodes: [step("trigger", "trigger", { source, reentry: options.reentry ?? "afterExit" }), send("email", "email", emailTemplateId, { templateId: emailTemplateId }), pause("wait-1d", 1, "days"), exit("done", "Done")],
    edges: [link("trigger", "next", "email"), ...sendLinks("email", "wait-1d"), link("wait-1d", "next", "done")],
  };
}

/** A segment whose members are written directly (the segments engine has its own tests). */
export async function createSegmentWithMembers(db: Db, workspaceId: string, profileIds: readonly string[], enteredAt: Date, name = `Segment ${randomUUID().slice(0, 6)}`) {
  const segment = await db.segment.create({ data: { workspaceId, name, definition: asJson({}), memberCount: profileIds.length } });
  if (profileIds.length > 0) await db.segmentMembership.createMany({ data: profileIds.map((profileId) => ({ workspaceId, segmentId: segment.id, profileId, enteredAt })) });
  return segment;
}

/** Segment changes as the segments engine records them (unprocessed). */
export async function recordSegmentChanges(db: Db, workspaceId: string, segmentId: string, changes: readonly { profileId: string; change: "entered" | "exited"; at: Date }[]) {
  await db.segmentMembershipChange.createMany({ data: changes.map((c) => ({ workspaceId, segmentId, ...c })) });
}

/**
 * A tick for one workspace: steps its due enrollments at `now` once, through the runner's own path
 * (`stepEnrollments`: claim, bulk contexts, step, render, commit — what `tick` does after its
 * claim). Tests whose clock runs ahead of the real one use it instead of the global `tick`, which
 * would also step other test files' runs sharing a PostgreSQL database.
 */
export async function tickWorkspace(db: Db, workspaceId: string, now: Date): Promise<number> {
  const due = await db.enrollment.findMany({
    where: { workspaceId, journey: { status: "live" }, OR: [{ state: "active", wakeAt: null }, { state: { in: ["active", "waiting"] }, wakeAt: { lte: now } }] },
    select: { id: true },
  });
  if (due.length === 0) return 0;
  return (await stepEnrollments(db, workspaceId, due.map((e) => e.id), { now, workerId: "test-tick" })).stepped;
}
