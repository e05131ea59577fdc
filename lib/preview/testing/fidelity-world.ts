import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { createApiKey } from "../../api-keys/create-api-key";
import { db } from "../../db/client";
import { asJson } from "../../db/json";
import { createTestWorkspace } from "../../db/testing/factories";
import { enrollProfile } from "../../engine/runner/enroll-profile";
import { loadRunVersions } from "../../engine/runner/load-run-versions";
import { createLiveJourney, tickWorkspace } from "../../engine/runner/testing/runner-fixtures";
import { EVENT_NAMES } from "../../engine/testing/arbitrary-journey";
import type { TStepContext } from "../../engine/types";
import { CHANNELS } from "../../journey/channels";
import type { TCondition } from "../../journey/conditions/schema";
import type { TJourneyGraph } from "../../journey/graph";
import type { TJourneySettings } from "../../journey/settings";
import { sendIngest } from "../../profiles/testing/ingest-fixtures";
import type { TEngagementAssumption, TScriptedEvent } from "../preview-schemas";

/** Test data for the preview's fidelity property test. Not used by production code. */

const MINUTE = 60_000;

/** A scripted item of a generated timeline, with its time in minutes from the start. */
export type TFidelityItem =
  | { type: "track"; name: string; minutes: number; total: number }
  | { type: "identify"; minutes: number; traits: Record<string, unknown>; consent?: Record<string, "subscribed" | "unsubscribed"> };

/** Track events (the trigger's among them, often first) and identifies that change what conditions read, over the first days. */
export function arbitraryFidelityTimeline(days: number): fc.Arbitrary<TFidelityItem[]> {
  const minutes = fc.integer({ min: 0, max: days * 24 * 60 });
  // Purchases are the commonest event: goals, suppressions and the gallery's waits all listen for them.
  const track = fc.record({ type: fc.constant("track" as const), name: fc.constantFrom(...EVENT_NAMES, "Order Completed", "Order Completed"), minutes, total: fc.integer({ min: 0, max: 100 }) });
  const identify = fc.record({
    type: fc.constant("identify" as const),
    minutes,
    traits: fc.oneof(
      fc.record({ plan: fc.constantFrom("free", "pro", "team") }),
      fc.record({ score: fc.integer({ min: 0, max: 100 }) }),
      fc.record({}),
      fc.record({ vip: fc.boolean() }),
    ),
    consent: fc.option(
      fc.record({ channel: fc.constantFrom("email", "sms", "push"), status: fc.constantFrom("subscribed" as const, "unsubscribed" as const) }).map(({ channel, status }) => ({ [channel]: status })),
      { nil: undefined },
    ),
  });
  return fc
    .tuple(fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }), fc.array(fc.oneof({ weight: 3, arbitrary: track }, { weight: 1, arbitrary: identify }), { maxLength: 8 }))
    .map(([triggerFirst, items]) => [...(triggerFirst ? [{ type: "track" as const, name: "Cart Abandoned", minutes: 0, total: 60 }] : []), ...items].sort((a, b) => a.minutes - b.minutes));
}

const ZONES = ["UTC", "Europe/London", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe"] as const;
const status = fc.constantFrom("subscribed" as const, "subscribed" as const, "subscribed" as const, "unsubscribed" as const, "neverAsked" as const);

/**
 * A profile mostly reachable (so messages go, and caps, quiet hours and consent decide), in a
 * workspace with caps and quiet hours half the time, in a zone around the world.
 */
export const arbitraryFidelityContext: fc.Arbitrary<TStepContext> = fc
  .record({
    zone: fc.constantFrom(...ZONES),
    workspaceZone: fc.constantFrom(...ZONES),
    consent: fc.record({ email: status, sms: status, push: status, inApp: status, webhook: status }),
    reachable: fc.record({ email: fc.boolean(), phone: fc.boolean(), deviceId: fc.boolean() }, { requiredKeys: [] }).map((r) => ({ email: r.email ?? true, phone: r.phone ?? true, deviceId: r.deviceId ?? true })),
    traits: fc.record({ vip: fc.boolean(), score: fc.integer({ min: 0, max: 100 }), plan: fc.constantFrom("free", "pro") }),
    segments: fc.subarray(["vip", "churned"]),
    cap: fc.option(fc.record({ max: fc.constantFrom(1, 1, 2, 3), windowHours: fc.constantFrom(6, 24, 48) }), { nil: undefined }),
    quiet: fc.option(fc.record({ start: fc.constantFrom("20:00", "21:00", "22:30"), end: fc.constantFrom("07:00", "08:00", "09:30"), behaviour: fc.constantFrom("defer" as const, "skip" as const) }), { nil: undefined }),
  })
  .map(({ zone, workspaceZone, consent, reachable, traits, segments, cap, quiet }) => ({
    profile: { id: "p-1", traits: { ...traits, signed_up_at: "2024-03-01T00:00:00Z" }, timezone: zone, locale: "en-GB" },
    identities: (["email", "phone", "deviceId"] as const).filter((kind) => reachable[kind]).map((kind) => ({ kind, value: kind })),
    consent,
    events: [],
    engagement: {},
    messages: [],
    segments,
    workspace: {
      timezone: workspaceZone,
      frequencyCaps: cap ? [{ id: "cap", name: `max ${cap.max}`, max: cap.max, windowHours: cap.windowHours, channels: null, exemptJourneyIds: [] }] : [],
      quietHours: quiet ? { sms: quiet, push: quiet, email: quiet } : {},
      consentPolicy: {},
    },
    journey: { id: "j-1" },
  }));

/** A goal and exit criteria that the timeline can reach (a purchase, a plan change, an unsubscribe), each half the time. */
export const arbitraryFidelitySettings: fc.Arbitrary<TJourneySettings> = fc
  .record({
    goal: fc.option(fc.record({ event: fc.constant("Order Completed"), within: fc.record({ amount: fc.integer({ min: 1, max: 3 }), unit: fc.constant("days" as const) }), exitOnGoal: fc.boolean() }), { nil: undefined }),
    exitCriteria: fc.option(
      fc.constantFrom<TCondition>(
        { kind: "trait", path: "plan", op: "equals", value: "team" },
        { kind: "consent", channel: "email", status: "unsubscribed" },
        { kind: "event", name: "Unsubscribed", op: "atLeast", count: 1, within: { amount: 1, unit: "days" } },
        { kind: "any", conditions: [{ kind: "trait", path: "score", op: "gt", value: 90 }, { kind: "segment", segmentId: "churned", inSegment: true }] },
      ),
      { nil: undefined },
    ),
    frequencyCapExempt: fc.boolean(),
  })
  .map(({ goal, exitCriteria, frequencyCapExempt }) => ({ frequencyCapExempt, ...(goal ? { goal } : {}), ...(exitCriteria ? { exitCriteria } : {}) }));

/** Engagement assumptions for a journey's message steps. */
export function arbitraryAssumptions(messageIds: readonly string[]): fc.Arbitrary<Record<string, TEngagementAssumption>> {
  const offset = fc.oneof(fc.constant("never" as const), fc.record({ amount: fc.integer({ min: 0, max: 48 }), unit: fc.constant("hours" as const) }));
  const assumption = fc.record({ delivered: offset, opened: offset, clicked: offset }, { requiredKeys: [] });
  return fc.tuple(...messageIds.map((id) => fc.option(assumption.map((a) => [id, a] as const), { nil: undefined }))).map((entries) => Object.fromEntries(entries.filter((e) => e !== undefined)));
}

/** The generated items as the preview request scripts them. */
export function scriptedEvents(items: readonly TFidelityItem[]): TScriptedEvent[] {
  return items.map((item) =>
    item.type === "track"
      ? { type: "track", event: item.name, after: { amount: item.minutes, unit: "minutes" }, properties: { total: item.total } }
      : { type: "identify", after: { amount: item.minutes, unit: "minutes" }, traits: { ...item.traits, ...(item.consent ? { consent: item.consent } : {}) } },
  );
}

/** One workspace for a whole property run: a template per channel, two segments, a write key. */
export async function createFidelityWorkspace() {
  const workspace = await createTestWorkspace("Preview fidelity");
  const workspaceId = workspace.id;
  const { key } = await createApiKey(workspaceId, null, { kind: "write", name: "Fidelity" });
  await db.workspaceSettings.create({ data: { workspaceId } });
  const templates: Record<string, string> = {};
  const content: Record<string, unknown> = {
    email: { subject: "Hi {{ profile.traits.plan }}", preheader: "", html: "<p>{{ profile.traits.score }} {{ 'now' | date: '%Y-%m-%d %H:%M' }}</p>", text: "{{ event.properties.total }}" },
    sms: { body: "Plan {{ profile.traits.plan }} at {{ 'now' | date: '%H:%M' }}" },
    push: { title: "Hey", body: "{{ profile.traits.vip }}", deepLink: "app://x" },
    inApp: { title: "In", body: "{{ profile.traits.plan }}" },
    webhook: { method: "POST", url: "https://hooks.test/x", headers: {}, body: "{\"plan\": \"{{ profile.traits.plan }}\"}" },
    adsAudience: { audienceName: "Retarget {{ profile.traits.plan }}" },
    directMail: { addressLines: ["{{ profile.traits.plan }}"], copy: "Letter" },
  };
  for (const channel of CHANNELS) {
    const template = await db.template.create({ data: { workspaceId, name: `Fidelity ${channel}`, channel, content: asJson(content[channel] ?? { body: "x" }) } });
    templates[`tpl-${channel}`] = template.id;
  }
  const segments: Record<string, string> = {};
  for (const name of ["vip", "churned"]) {
    const segment = await db.segment.create({ data: { workspaceId, name: `Fidelity ${name}`, definition: asJson({ kind: "trait", path: `segment_${name}`, op: "exists" }) } });
    segments[name] = segment.id;
  }
  return { workspaceId, key, templates, segments };
}

export type TFidelityWorkspace = Awaited<ReturnType<typeof createFidelityWorkspace>>;

/** A generated graph and settings with the generator's template and segment names replaced by the workspace's rows. */
export function bindToWorkspace<T>(value: T, world: TFidelityWorkspace): T {
  const text = JSON.stringify(value).replace(/"(tpl-[A-Za-z]+)"/g, (whole, name: string) => (world.templates[name] ? `"${world.templates[name]}"` : whole));
  return JSON.parse(text.replace(/"segmentId":"(vip|churned)"/g, (_whole, name: string) => `"segmentId":"${world.segments[name]}"`)) as T;
}

/**
 * The generated profile as a stored one: traits, zone, identities, consent and memberships as
 * `context` says, every trait and consent statement dated a day before the start (so the
 * timeline's identifies, all after it, are newer, as they would be in production), plus a user
 * id to ingest as, a message two hours before the start (it counts for the caps) and history
 * events before the start when asked.
 */
export async function createFidelityProfile(world: TFidelityWorkspace, context: TStepContext, start: Date, history: { withMessage: boolean; events: { name: string; minutesBefore: number }[] }) {
  const { workspaceId } = world;
  const userId = `fid-${randomUUID()}`;
  const before = new Date(start.getTime() - 24 * 60 * MINUTE);
  const traits: Record<string, unknown> = { ...context.profile.traits };
  for (const segment of context.segments) traits[`segment_${segment}`] = true;
  const profile = await db.profile.create({
    data: {
      workspaceId,
      traits: asJson(traits),
      traitTimestamps: asJson(Object.fromEntries(Object.keys(traits).map((k) => [k, before.toISOString()]))),
      timezone: context.profile.timezone,
      locale: context.profile.locale,
      identities: { create: [{ workspaceId, kind: "userId", value: userId }, ...context.identities.map((i) => ({ workspaceId, kind: i.kind, value: i.kind === "deviceId" ? `${i.value}-${userId}` : i.kind === "email" ? `${userId}@example.test` : `+1555${String(Math.floor(Math.random() * 1e7)).padStart(7, "0")}` }))] },
    },
  });
  for (const [channel, status] of Object.entries(context.consent)) {
    if (status === "neverAsked") continue;
    await db.consent.create({ data: { workspaceId, profileId: profile.id, channel, status, source: "test", updatedAt: before } });
  }
  for (const segment of context.segments) await db.segmentMembership.create({ data: { workspaceId, segmentId: world.segments[segment] ?? "", profileId: profile.id, enteredAt: before } });
  if (history.withMessage) await db.message.create({ data: { workspaceId, profileId: profile.id, channel: "email", idempotencyKey: `history-${randomUUID()}`, status: "sent", createdAt: new Date(start.getTime() - 120 * MINUTE) } });
  for (const event of history.events) {
    await db.event.create({ data: { workspaceId, profileId: profile.id, messageId: `history-${randomUUID()}`, type: "track", name: event.name, properties: { total: 50 }, timestamp: new Date(start.getTime() - event.minutesBefore * MINUTE) } });
  }
  return { profileId: profile.id, userId };
}

/** The workspace rules of a generated context (caps, quiet hours, zone), replacing the previous run's. */
export async function applyRules(world: TFidelityWorkspace, context: TStepContext): Promise<void> {
  // Written as stored JSON (generated windows may be empty, which the settings form refuses but the engine reads as "no window").
  const { frequencyCaps, quietHours, consentPolicy, timezone } = context.workspace;
  await db.workspaceSettings.update({ where: { workspaceId: world.workspaceId }, data: { timezone, frequencyCaps: asJson(frequencyCaps), quietHours: asJson(quietHours), consentPolicy: asJson(consentPolicy) } });
}

/** Publishes the generated journey (the only live one of the workspace: the previous run's is archived). */
export async function publishFidelityJourney(world: TFidelityWorkspace, graph: TJourneyGraph, settings: TJourneySettings, previous: string | null) {
  if (previous) await db.journey.update({ where: { id: previous }, data: { status: "archived" } });
  return createLiveJourney(db, world.workspaceId, graph, settings);
}

async function ingest(world: TFidelityWorkspace, endpoint: "track" | "identify", body: Record<string, unknown>): Promise<void> {
  const response = await sendIngest(endpoint, body, { key: world.key });
  if (response.status !== 200) throw new Error(`${endpoint}: ${response.status} ${JSON.stringify(response.body)}`);
}

/** Engagement with each new message of the profile as the assumptions say, as MessageEvents (the dispatcher's and the provider's records). */
async function recordEngagement(world: TFidelityWorkspace, profileId: string, assume: Record<string, TEngagementAssumption>, seen: Set<string>): Promise<void> {
  const messages = await db.message.findMany({ where: { workspaceId: world.workspaceId, profileId, enrollmentId: { not: null } }, select: { id: true, nodeId: true, createdAt: true, status: true } });
  for (const message of messages) {
    if (seen.has(message.id)) continue;
    seen.add(message.id);
    if (message.status === "failed") continue;
    const assumption = (message.nodeId && assume[message.nodeId]) || {};
    for (const kind of ["delivered", "opened", "clicked"] as const) {
      const offset = assumption[kind] ?? (kind === "delivered" ? { amount: 0, unit: "hours" as const } : "never");
      if (offset === "never") continue;
      const at = new Date(message.createdAt.getTime() + offset.amount * (offset.unit === "hours" ? 60 : offset.unit === "days" ? 1440 : offset.unit === "weeks" ? 10080 : 1) * MINUTE);
      await db.messageEvent.create({ data: { workspaceId: world.workspaceId, messageId: message.id, type: kind, at } });
    }
  }
}

/** The first enrollment of the profile in the journey, as stored. */
async function firstEnrollment(journeyId: string, profileId: string) {
  return db.enrollment.findFirst({ where: { journeyId, profileId }, orderBy: [{ enteredAt: "asc" }, { id: "asc" }], select: { id: true, state: true, wakeAt: true, currentNodeId: true, exitReason: true } });
}

/**
 * The live runner over the same timeline, on the test clock: an API trigger enrols at the start
 * (`enrollProfile`); each scripted event is ingested through the real ingestion route at its own
 * time (tracks trigger, resume waits, reach goals; identifies change traits and consent and
 * re-check exit criteria), and whenever the enrollment's wake time comes first, a tick of the
 * workspace at that time. An event at a wake time goes first, as the preview does. Engagement is
 * recorded as MessageEvents the moment a message exists. Stops when the first enrollment ends or
 * the next moment lies after `until`.
 */
export async function driveLiveRunner(world: TFidelityWorkspace, run: { journeyId: string; versionId: string; profileId: string; userId: string; apiTrigger: boolean }, items: readonly TFidelityItem[], assume: Record<string, TEngagementAssumption>, start: Date, until: Date): Promise<void> {
  const seen = new Set<string>();
  if (run.apiTrigger) {
    const version = (await loadRunVersions(db, [run.versionId])).versions.get(run.versionId);
    if (!version) throw new Error("the version did not load");
    await enrollProfile(db, { run: version, profileId: run.profileId, now: start });
  }
  await recordEngagement(world, run.profileId, assume, seen);
  const pending = [...items];
  for (let guard = 0; guard < 2_000; guard++) {
    const enrollment = await firstEnrollment(run.journeyId, run.profileId);
    if (enrollment && (enrollment.state === "completed" || enrollment.state === "exited")) return;
    const item = pending[0];
    const itemAt = item ? start.getTime() + item.minutes * MINUTE : Infinity;
    const wakeAt = enrollment?.wakeAt?.getTime() ?? Infinity;
    const at = Math.min(itemAt, wakeAt);
    if (!Number.isFinite(at) || at > until.getTime()) return;
    const timestamp = new Date(at).toISOString();
    if (item && itemAt <= wakeAt) {
      pending.shift();
      if (item.type === "track") await ingest(world, "track", { userId: run.userId, event: item.name, properties: { total: item.total }, timestamp });
      else await ingest(world, "identify", { userId: run.userId, traits: { ...item.traits, ...(item.consent ? { consent: item.consent } : {}) }, timestamp });
    } else {
      await tickWorkspace(db, world.workspaceId, new Date(at));
    }
    await recordEngagement(world, run.profileId, assume, seen);
  }
  throw new Error("the live run did not settle in 2,000 moves");
}

/** What the live runner recorded for the first enrollment: its step log, its messages and where it stands. */
export async function liveRecord(journeyId: string, profileId: string) {
  const enrollment = await firstEnrollment(journeyId, profileId);
  if (!enrollment) return { steps: [], messages: [], enrollment: null };
  const [steps, messages] = await Promise.all([
    db.stepLog.findMany({ where: { enrollmentId: enrollment.id }, orderBy: [{ at: "asc" }, { id: "asc" }], select: { at: true, nodeId: true, nodeType: true, action: true, reason: true, handle: true } }),
    db.message.findMany({ where: { enrollmentId: enrollment.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { nodeId: true, createdAt: true, channel: true, templateId: true, recipient: true, content: true, status: true } }),
  ]);
  return { steps, messages, enrollment };
}
