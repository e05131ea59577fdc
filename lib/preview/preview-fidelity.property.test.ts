import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { dbProvider } from "../db/client";
import { arbitraryPublishableGraph, EVENT_NAMES, GENERATED_TEMPLATES, START_TIMES } from "../engine/testing/arbitrary-journey";
import type { TStepContext } from "../engine/types";
import type { TJourneyGraph } from "../journey/graph";
import { instantiateTemplate, journeyTemplates } from "../journey/templates";
import { cascadeTemplate } from "../journey/templates/cascade";
import type { TJourneySettings } from "../journey/settings";
import { validateJourney } from "../journey/validate";
import type { TEngagementAssumption, TPreviewResult } from "./preview-schemas";
import { runPreview } from "./run-preview";
import {
  applyRules,
  arbitraryAssumptions,
  arbitraryFidelityContext,
  arbitraryFidelitySettings,
  arbitraryFidelityTimeline,
  bindToWorkspace,
  createFidelityProfile,
  createFidelityWorkspace,
  driveLiveRunner,
  liveRecord,
  publishFidelityJourney,
  scriptedEvents,
  type TFidelityItem,
  type TFidelityWorkspace,
} from "./testing/fidelity-world";

/**
 * The preview's promise, as a property: for generated journeys (every node type: caps, quiet
 * hours, consent, goals, exit criteria, splits, waits for events, branches on engagement),
 * generated profiles with history, timelines of track and identify events and engagement
 * assumptions per message step, the path the preview predicts — every decision, its virtual time
 * and its reason, every message as rendered, where the enrollment ends up — is exactly what the
 * live runner records for the same profile on the test clock. A planted difference (one input
 * changed on the preview's side only) makes the same property fail.
 */

const DAYS = 4;
const MINUTE = 60_000;
const RUNS = Number(process.env.FIDELITY_RUNS ?? (dbProvider() === "postgresql" ? 150 : 500));

type TCase = {
  graph: TJourneyGraph;
  settings: TJourneySettings;
  context: TStepContext;
  start: Date;
  items: TFidelityItem[];
  history: { withMessage: boolean; events: { name: string; minutesBefore: number }[] };
  assume: Record<string, TEngagementAssumption>;
};

/** Most triggers without their generated filter (which usually refuses), so most runs enter. */
const graphArb = fc.tuple(arbitraryPublishableGraph, fc.integer({ min: 0, max: 9 })).map(([graph, dice]) =>
  dice < 3 ? graph : { ...graph, nodes: graph.nodes.map((n) => (n.type === "trigger" && n.data.source.kind === "event" ? { ...n, data: { ...n.data, source: { kind: "event" as const, event: n.data.source.event } } } : n)) },
);

/** The gallery's journeys (cascade, onboarding, win-back …), entered on the timeline's "Cart Abandoned", with the generator's templates and segments. */
const galleryArb = fc.constantFrom(...journeyTemplates).map((template): TJourneyGraph => {
  const graph = instantiateTemplate(
    template,
    Object.fromEntries(template.messages.map((m) => [m.key, `tpl-${m.channel}`])),
    Object.fromEntries((template.segments ?? []).map((segment) => [segment.key, "vip"])),
  );
  return { ...graph, nodes: graph.nodes.map((n) => (n.type === "trigger" ? { ...n, data: { source: { kind: "event" as const, event: "Cart Abandoned" }, reentry: "afterExit" as const } } : n)) };
});

const caseArb: fc.Arbitrary<TCase> = fc
  .record({
    // The gallery's cascade (an engagement branch), abandoned cart and win-back (waits for a purchase) get extra weight.
    graph: fc.oneof(
      { weight: 6, arbitrary: graphArb },
      { weight: 2, arbitrary: galleryArb },
      { weight: 1, arbitrary: galleryArb.filter((g) => g.nodes.some((n) => n.id === "opened-email" || n.type === "waitForEvent")) },
    ),
    settings: arbitraryFidelitySettings,
    context: arbitraryFidelityContext,
    start: fc.constantFrom(...START_TIMES),
    items: arbitraryFidelityTimeline(DAYS),
    history: fc.record({
      withMessage: fc.boolean(),
      events: fc.array(fc.record({ name: fc.constantFrom(...EVENT_NAMES), minutesBefore: fc.integer({ min: 1, max: 3 * 24 * 60 }) }), { maxLength: 3 }),
    }),
  })
  .chain((c) => arbitraryAssumptions(c.graph.nodes.filter((n) => n.type === "message").map((n) => n.id)).map((assume) => ({ ...c, assume })));

/** A reachable, consenting profile in a workspace without caps or quiet hours, as the examples below start from. */
const reachable = (overrides: Partial<TStepContext["workspace"]> = {}): TStepContext => ({
  profile: { id: "p-1", traits: { plan: "free", score: 10, vip: false }, timezone: "Europe/London", locale: "en-GB" },
  identities: [{ kind: "email", value: "email" }, { kind: "phone", value: "phone" }, { kind: "deviceId", value: "deviceId" }],
  consent: { email: "subscribed", sms: "subscribed", push: "subscribed" },
  events: [],
  engagement: {},
  messages: [],
  segments: [],
  workspace: { timezone: "UTC", frequencyCaps: [], quietHours: {}, consentPolicy: {}, ...overrides },
  journey: { id: "j-1" },
});

/**
 * Cases every run includes, so each rule is compared on every run, whatever the random seed
 * finds: the gallery's cascade with the email opened 2 h after it was sent (a branch on
 * engagement at an assumed time), and a wait for a purchase that comes, whose email a
 * daily cap (full with the message of the customer's history) then holds back.
 */
const EXAMPLES: TCase[] = [
  {
    graph: ((cascade) => ({ ...cascade, nodes: cascade.nodes.map((n) => (n.type === "trigger" ? { ...n, data: { source: { kind: "event" as const, event: "Cart Abandoned" }, reentry: "afterExit" as const } } : n)) }))(
      instantiateTemplate(cascadeTemplate, { "cascade-email": "tpl-email", "cascade-sms": "tpl-sms", "cascade-push": "tpl-push" }),
    ),
    settings: { frequencyCapExempt: false, goal: { event: "Order Completed", within: { amount: 3, unit: "days" }, exitOnGoal: false } },
    context: reachable(),
    start: new Date("2024-06-03T09:00:00Z"),
    items: [{ type: "track", name: "Cart Abandoned", minutes: 0, total: 60 }],
    history: { withMessage: false, events: [] },
    assume: { email: { opened: { amount: 2, unit: "hours" } } },
  },
  {
    graph: {
      nodes: [
        { id: "n0", type: "trigger", position: { x: 0, y: 0 }, data: { source: { kind: "api" }, reentry: "never" } },
        { id: "n1", type: "waitForEvent", position: { x: 0, y: 0 }, data: { event: "Order Completed", timeout: { amount: 1, unit: "days" } } },
        { id: "n2", type: "message", position: { x: 0, y: 0 }, data: { channel: "email", templateId: "tpl-email", onSkip: "skip", respectQuietHours: true, frequencyCapExempt: false } },
        { id: "n3", type: "exit", position: { x: 0, y: 0 }, data: { reason: "Done" } },
      ],
      edges: [
        { id: "n0-next", source: "n0", sourceHandle: "next", target: "n1" },
        { id: "n1-event", source: "n1", sourceHandle: "event", target: "n2" },
        { id: "n1-timeout", source: "n1", sourceHandle: "timeout", target: "n3" },
        { id: "n2-next", source: "n2", sourceHandle: "next", target: "n3" },
        { id: "n2-skipped", source: "n2", sourceHandle: "skipped", target: "n3" },
      ],
    },
    settings: { frequencyCapExempt: false },
    context: reachable({ frequencyCaps: [{ id: "cap", name: "max 1", max: 1, windowHours: 24, channels: null, exemptJourneyIds: [] }] }),
    start: new Date("2024-06-03T09:00:00Z"),
    items: [{ type: "track", name: "Order Completed", minutes: 90, total: 80 }],
    history: { withMessage: true, events: [] },
    assume: {},
  },
];

const withoutHeaders = (content: unknown) => {
  const { headers: _signedLinks, ...rest } = (content ?? {}) as Record<string, unknown>;
  return JSON.stringify(rest);
};

/** The preview's record in the live log's terms: one line per decision, per message, and the final state. */
function predicted(result: TPreviewResult): string[] {
  return [
    ...result.steps.map((s) => `step ${s.at} ${s.nodeId} ${s.nodeType} ${s.action} ${s.handle ?? "-"} ${s.reason}`),
    ...result.messages.map((m) => `message ${m.at} ${m.nodeId} ${m.channel} ${m.templateId} ${m.recipient ?? "-"} ${withoutHeaders(m.content)}`),
    `enrollment ${result.enrollment ? `${result.enrollment.state} ${result.enrollment.currentNodeId} ${result.enrollment.wakeAt ?? "-"} ${result.enrollment.exitReason ?? "-"}` : "none"}`,
  ];
}

function recorded(live: Awaited<ReturnType<typeof liveRecord>>): string[] {
  return [
    ...live.steps.map((s) => `step ${s.at.toISOString()} ${s.nodeId} ${s.nodeType} ${s.action} ${s.handle ?? "-"} ${s.reason}`),
    ...live.messages.map((m) => `message ${m.createdAt.toISOString()} ${m.nodeId} ${m.channel} ${m.templateId} ${m.recipient ?? "-"} ${withoutHeaders((m.content as { rendered?: unknown }).rendered)}`),
    `enrollment ${live.enrollment ? `${live.enrollment.state} ${live.enrollment.currentNodeId} ${live.enrollment.wakeAt?.toISOString() ?? "-"} ${live.enrollment.exitReason ?? "-"}` : "none"}`,
  ];
}

/** What the compared runs went through, so a green run is known to have covered each rule. */
const COVERAGE: Record<string, (step: TPreviewResult["steps"][number]) => boolean> = {
  "frequency cap": (s) => s.reason.startsWith("capped:"),
  "quiet hours": (s) => s.reason.includes("quiet hours"),
  consent: (s) => / consent$/.test(s.reason),
  goal: (s) => s.action === "converted",
  "exit criteria": (s) => s.reason.startsWith("exit criteria met"),
  "split (sticky hash)": (s) => s.action === "assigned" || s.action === "holdout",
  "wait for event: received": (s) => s.action === "eventReceived",
  "wait for event: timed out": (s) => s.action === "timedOut",
  "branch on engagement": (s) => s.action === "branched" && / (delivered|opened|clicked): /.test(s.reason),
  "engagement at an assumed time": (s) => s.action === "branched" && / (opened|clicked): \d/.test(s.reason),
  suppression: (s) => s.action === "suppressed",
  "update profile": (s) => s.action === "updated",
  deferral: (s) => s.action === "deferred",
};

const valid = (c: TCase) => validateJourney(c.graph, { templates: GENERATED_TEMPLATES, settings: c.settings }).every((issue) => issue.severity !== "error");

/** The preview's own input with one thing changed: the profile's email consent flipped (on the preview's side only). */
const flipEmailConsent = (context: TStepContext) => ({ consent: { email: context.consent.email === "subscribed" ? ("unsubscribed" as const) : ("subscribed" as const) } });

describe("the preview predicts what the live runner does (property)", () => {
  let world: TFidelityWorkspace;
  let previous: string | null = null;
  let compared = 0;
  let sent = 0;
  const covered = new Map<string, number>();

  beforeAll(async () => {
    vi.stubEnv("WAYMARK_TEST_CLOCK", "1");
    world = await createFidelityWorkspace();
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });

  /** Preview first (it reads the profile as it stands at the start), then the live runner over the same timeline; the two records must be equal. */
  const property = (plant: boolean) =>
    fc.asyncProperty(caseArb, async (generated) => {
      fc.pre(valid(generated));
      const graph = bindToWorkspace(generated.graph, world);
      const settings = bindToWorkspace(generated.settings, world);
      const { journeyId, versionId } = await publishFidelityJourney(world, graph, settings, previous);
      previous = journeyId;
      await applyRules(world, generated.context);
      const { profileId, userId } = await createFidelityProfile(world, generated.context, generated.start, generated.history);
      const until = new Date(generated.start.getTime() + DAYS * 24 * 60 * MINUTE);
      const preview = await runPreview(world.workspaceId, journeyId, {
        version: 1,
        profileId,
        start: generated.start.toISOString(),
        until: until.toISOString(),
        events: scriptedEvents(generated.items),
        assume: generated.assume,
        ...(plant ? { profile: flipEmailConsent(generated.context) } : {}),
      });
      // A journey looping on short waits makes hundreds of steps: the preview bounds it, the runner does not need to.
      fc.pre(preview.stoppedBecause !== "iterationLimit" && preview.steps.length <= 120);
      const trigger = graph.nodes.find((n) => n.type === "trigger");
      const apiTrigger = trigger?.type === "trigger" && trigger.data.source.kind !== "event";
      await driveLiveRunner(world, { journeyId, versionId, profileId, userId, apiTrigger }, generated.items, generated.assume, generated.start, until);
      expect(predicted(preview)).toEqual(recorded(await liveRecord(journeyId, profileId)));
      if (!plant) {
        compared++;
        sent += preview.messages.length;
        for (const [rule, seen] of Object.entries(COVERAGE)) if (preview.steps.some(seen)) covered.set(rule, (covered.get(rule) ?? 0) + 1);
      }
    });

  it(`gives the path, times, reasons and messages the runner records, for ${RUNS} generated journeys`, async () => {
    await fc.assert(property(false), { numRuns: RUNS, maxSkipsPerRun: 20, examples: EXAMPLES.map((example) => [example]) });
    expect(compared).toBeGreaterThanOrEqual(RUNS);
    // messages are part of what is compared (a loose floor: how many the random journeys send varies)
    expect(sent).toBeGreaterThan(RUNS / 10);
    console.info(`preview fidelity: ${compared} journeys, ${sent} messages; runs per rule: ${Object.keys(COVERAGE).map((rule) => `${rule} ${covered.get(rule) ?? 0}`).join(", ")}`);
    // A large run goes through every rule; a short one (PostgreSQL) may miss the rarest.
    if (RUNS >= 300) for (const rule of Object.keys(COVERAGE)) expect(covered.get(rule) ?? 0, rule).toBeGreaterThan(0);
  }, 600_000);

  it("fails when one input differs on one side (the profile's email consent, flipped for the preview only)", async () => {
    const outcome = await fc.check(property(true), { numRuns: 100, maxSkipsPerRun: 20, examples: EXAMPLES.map((example) => [example]) });
    expect(outcome.failed).toBe(true);
    expect(String(outcome.errorInstance)).toMatch(/expected/i);
  }, 300_000);
});
