import fc from "fast-check";
import { CHANNELS, type TChannel } from "../../journey/channels";
import type { TCondition } from "../../journey/conditions/schema";
import type { TJourneyEdge, TJourneyGraph, TJourneyNode } from "../../journey/graph";
import type { TSplitData } from "../../journey/nodes/split/schema";
import { nodeHandles, type TNodeType } from "../../journey/registry";
import type { TJourneySettings } from "../../journey/settings";
import { step as node } from "../../journey/testing/fixtures";
import type { TContextEvent, TStepContext } from "../types";

/** Generators for the engine's property tests. Not used by production code. */

export const EVENT_NAMES = ["Cart Abandoned", "Order Completed", "Page Viewed", "Unsubscribed"] as const;
const ZONES = ["UTC", "Europe/London", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe", "Not/AZone"] as const;
const CLOCKS = ["00:00", "01:30", "02:30", "08:00", "09:00", "21:00", "23:59"] as const;

const durationArb = fc.record({ amount: fc.integer({ min: 1, max: 3 }), unit: fc.constantFrom("hours" as const, "days" as const) });

/** A condition tree of every kind, two levels deep; engagement reads one of `messageIds`. */
function conditionArb(messageIds: readonly string[]): fc.Arbitrary<TCondition> {
  const leaf: fc.Arbitrary<TCondition> = fc.oneof(
    fc.record({ kind: fc.constant("trait" as const), path: fc.constantFrom("vip", "plan", "score"), op: fc.constantFrom("exists" as const, "notExists" as const) }),
    fc.record({ kind: fc.constant("trait" as const), path: fc.constantFrom("score", "event.properties.total"), op: fc.constantFrom("gt" as const, "lte" as const), value: fc.integer({ min: 0, max: 100 }) }),
    fc.record({ kind: fc.constant("trait" as const), path: fc.constant("plan"), op: fc.constant("in" as const), value: fc.constant<(string | number)[]>(["pro", "team"]) }),
    fc.record({ kind: fc.constant("trait" as const), path: fc.constant("signed_up_at"), op: fc.constant("withinLast" as const), value: durationArb }),
    fc.record({
      kind: fc.constant("event" as const),
      name: fc.constantFrom(...EVENT_NAMES),
      op: fc.constantFrom("atLeast" as const, "atMost" as const, "exactly" as const),
      count: fc.integer({ min: 0, max: 2 }),
      within: fc.option(durationArb, { nil: undefined }),
    }).map((c) => (c.within === undefined ? { kind: c.kind, name: c.name, op: c.op, count: c.count } : c)),
    fc.record({ kind: fc.constant("consent" as const), channel: fc.constantFrom(...CHANNELS), status: fc.constantFrom("subscribed" as const, "unsubscribed" as const, "neverAsked" as const) }),
    fc.record({ kind: fc.constant("segment" as const), segmentId: fc.constantFrom("vip", "churned"), inSegment: fc.boolean() }),
    ...(messageIds.length > 0
      ? [fc.record({ kind: fc.constant("engagement" as const), nodeId: fc.constantFrom(...messageIds), engagement: fc.constantFrom("delivered" as const, "opened" as const, "clicked" as const), negate: fc.boolean() })]
      : []),
  );
  return fc.oneof(
    { weight: 3, arbitrary: leaf },
    { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom("all" as const, "any" as const), conditions: fc.array(leaf, { maxLength: 3 }) }) },
    { weight: 1, arbitrary: leaf.map((condition): TCondition => ({ kind: "not", condition })) },
  );
}

/** Complete data for a node of `type`, drawn from the shapes marketers build. */
function nodeArb(id: string, type: TNodeType, messageIds: readonly string[]): fc.Arbitrary<TJourneyNode> {
  const condition = conditionArb(messageIds);
  switch (type) {
    case "trigger":
      return fc.oneof(
        fc.constant(node(id, "trigger", { source: { kind: "api" }, reentry: "never" })),
        fc.option(condition, { nil: undefined }).map((where) => node(id, "trigger", { source: { kind: "event", event: "Cart Abandoned", ...(where ? { where } : {}) }, reentry: "afterExit" })),
      );
    case "wait":
      return fc.oneof(
        durationArb.map((duration) => node(id, "wait", { mode: "duration", duration })),
        fc.record({ time: fc.constantFrom(...CLOCKS), days: fc.option(fc.subarray(["mon", "wed", "fri", "sun"] as const, { minLength: 1 }), { nil: undefined }) }).map(({ time, days }) =>
          node(id, "wait", { mode: "timeOfDay", time, ...(days ? { days } : {}) }),
        ),
      );
    case "waitForEvent":
      return fc.record({ event: fc.constantFrom(...EVENT_NAMES), timeout: durationArb, where: fc.option(condition, { nil: undefined }) }).map(({ where, ...data }) => node(id, "waitForEvent", { ...data, ...(where ? { where } : {}) }));
    case "branch":
      return fc.array(condition, { minLength: 1, maxLength: 3 }).map((conditions) => node(id, "branch", { paths: conditions.map((c, i) => ({ id: `p${i}`, label: `Path ${i}`, condition: c })) }));
    case "split":
      return fc.constantFrom<TSplitData>(
        { variants: [{ id: "a", label: "A", percent: 50 }, { id: "b", label: "B", percent: 50 }] },
        { variants: [{ id: "a", label: "A", percent: 45 }, { id: "b", label: "B", percent: 45 }], holdoutPercent: 10 },
        { variants: [{ id: "a", label: "A", percent: 80 }], holdoutPercent: 20 },
      ).map((data) => node(id, "split", data));
    case "message":
      return fc
        .record({
          channel: fc.constantFrom<TChannel | "best">(...CHANNELS, "best"),
          fallbacks: fc.subarray([...CHANNELS], { minLength: 1, maxLength: 3 }),
          onSkip: fc.constantFrom("skip" as const, "defer" as const),
          respectQuietHours: fc.boolean(),
          frequencyCapExempt: fc.boolean(),
        })
        .map(({ channel, fallbacks, ...rest }) =>
          channel === "best"
            ? node(id, "message", { channel, fallbackChannels: fallbacks, templateId: `tpl-${fallbacks[0] ?? "email"}`, ...rest })
            : node(id, "message", { channel, templateId: `tpl-${channel}`, ...rest }),
        );
    case "suppress":
      return fc.record({ condition, onSuppress: fc.constantFrom("exit" as const, "path" as const) }).map((data) => node(id, "suppress", data));
    case "updateProfile":
      return fc.constantFrom(
        node(id, "updateProfile", { assignments: [{ trait: "score", op: "increment", value: 10 }] }),
        node(id, "updateProfile", { assignments: [{ trait: "plan", op: "set", value: "pro" }, { trait: "vip", op: "unset" }] }),
      );
    case "exit":
      return fc.constantFrom("Done", "").map((reason) => node(id, "exit", { reason }));
  }
}

type TWire = { mode: "forward" | "any" | "open"; pick: number };
const BODY_TYPES: TNodeType[] = ["wait", "waitForEvent", "branch", "split", "message", "suppress", "updateProfile", "exit", "exit", "message"];
const PUBLISHABLE_BODY: TNodeType[] = ["wait", "waitForEvent", "branch", "split", "message", "message", "suppress", "updateProfile"];

function graphOf(types: TNodeType[], wiresArb: fc.Arbitrary<TWire[]>, wire: (nodes: TJourneyNode[], i: number, handleIndex: number, w: TWire) => TJourneyNode | undefined): fc.Arbitrary<TJourneyGraph> {
  const messageIds = types.flatMap((type, i) => (type === "message" ? [`n${i}`] : []));
  return fc.tuple(fc.tuple(...types.map((type, i) => nodeArb(`n${i}`, type, messageIds))), wiresArb).map(([nodes, wires]): TJourneyGraph => {
    const edges: TJourneyEdge[] = [];
    let w = 0;
    nodes.forEach((source, i) => {
      nodeHandles(source).forEach((handle, h) => {
        const target = wire(nodes, i, h, wires[w++ % wires.length] ?? { mode: "open", pick: 0 });
        if (target) edges.push({ id: `${source.id}-${handle.id}`, source: source.id, sourceHandle: handle.id, target: target.id });
      });
    });
    return { nodes, edges };
  });
}

const wiresArb = (modes: TWire["mode"][]) => fc.array(fc.record({ mode: fc.constantFrom(...modes), pick: fc.nat() }), { minLength: 30, maxLength: 30 });

/**
 * A journey-like draft: node 0 is a trigger, and each handle points forward (mostly), anywhere
 * (loops, back edges, into the trigger) or nowhere: the damaged drafts a runner must survive.
 */
export const arbitraryGraph: fc.Arbitrary<TJourneyGraph> = fc
  .array(fc.constantFrom(...BODY_TYPES), { minLength: 1, maxLength: 9 })
  .chain((types) =>
    graphOf(["trigger", ...types], wiresArb(["forward", "forward", "forward", "forward", "any", "open"]), (nodes, i, _h, w) => {
      if (w.mode === "open") return undefined;
      const candidates = w.mode === "forward" ? nodes.slice(i + 1) : nodes.filter((n) => n.id !== nodes[i]?.id);
      return candidates[w.pick % Math.max(1, candidates.length)];
    }),
  );

/**
 * A journey wired to be publishable most of the time: every step is reached (the first output
 * of each leads to the next), other outputs lead forward, loops only go back into a wait, and
 * one or two exits close the list. Validation still decides; this only makes "valid" common.
 */
export const arbitraryPublishableGraph: fc.Arbitrary<TJourneyGraph> = fc
  .tuple(fc.array(fc.constantFrom(...PUBLISHABLE_BODY), { minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 2 }))
  .chain(([body, exits]) =>
    graphOf(["trigger", ...body, ...new Array<TNodeType>(exits).fill("exit")], wiresArb(["forward", "forward", "forward", "any"]), (nodes, i, h, w) => {
      if (h === 0) return nodes[i + 1];
      if (w.mode === "any") {
        const waits = nodes.filter((n, j) => j !== i && (n.type === "wait" || n.type === "waitForEvent"));
        if (waits.length > 0) return waits[w.pick % waits.length];
      }
      const later = nodes.slice(i + 1);
      return later[w.pick % Math.max(1, later.length)];
    }),
  );

/** Templates matching the generated message nodes, for validation. */
export const GENERATED_TEMPLATES = CHANNELS.map((channel) => ({ id: `tpl-${channel}`, channel }));

export const arbitrarySettings: fc.Arbitrary<TJourneySettings> = fc.record({
  goal: fc.option(fc.record({ event: fc.constantFrom(...EVENT_NAMES), within: durationArb, exitOnGoal: fc.boolean() }), { nil: undefined }),
  exitCriteria: fc.option(conditionArb([]), { nil: undefined }),
  frequencyCapExempt: fc.boolean(),
}).map(({ goal, exitCriteria, frequencyCapExempt }) => ({ frequencyCapExempt, ...(goal ? { goal } : {}), ...(exitCriteria ? { exitCriteria } : {}) }));

const consentArb = fc.constantFrom("subscribed" as const, "unsubscribed" as const, "neverAsked" as const);

/** A profile with some consent, some addresses, traits, a zone (sometimes bogus) and workspace rules. */
export const arbitraryContext: fc.Arbitrary<TStepContext> = fc
  .record({
    zone: fc.constantFrom(...ZONES),
    workspaceZone: fc.constantFrom(...ZONES),
    consent: fc.record({ email: consentArb, sms: consentArb, push: consentArb, inApp: consentArb }),
    identities: fc.subarray([{ kind: "email", value: "a@example.com" }, { kind: "phone", value: "+15550100" }, { kind: "deviceId", value: "d1" }]),
    traits: fc.record({ vip: fc.boolean(), score: fc.integer({ min: 0, max: 100 }), plan: fc.constantFrom("free", "pro") }),
    segments: fc.subarray(["vip", "churned"]),
    capMax: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
    quiet: fc.option(fc.record({ start: fc.constantFrom(...CLOCKS), end: fc.constantFrom(...CLOCKS), behaviour: fc.constantFrom("defer" as const, "skip" as const) }), { nil: undefined }),
  })
  .map(({ zone, workspaceZone, consent, identities, traits, segments, capMax, quiet }) => ({
    profile: { id: "p-1", traits: { ...traits, signed_up_at: "2024-03-01T00:00:00Z" }, timezone: zone, locale: "en-GB" },
    identities,
    consent,
    events: [],
    engagement: {},
    messages: [],
    segments,
    workspace: {
      timezone: workspaceZone,
      frequencyCaps: capMax === undefined ? [] : [{ id: "cap", name: `max ${capMax}/day`, max: capMax, windowHours: 24, channels: null, exemptJourneyIds: [] }],
      quietHours: quiet ? { sms: quiet, push: quiet, email: quiet } : {},
      consentPolicy: {},
    },
    journey: { id: "j-1" },
  }));

/** Journeys start around the DST changes of 2024, where time-of-day waits are hardest. */
export const START_TIMES = ["2024-03-09T20:00:00Z", "2024-03-30T23:30:00Z", "2024-06-03T09:00:00Z", "2024-10-26T23:00:00Z", "2024-11-02T22:00:00Z"].map((iso) => new Date(iso));

/** Events over ten days from `start`, the first usually the trigger's. */
export function arbitraryTimeline(start: Date): fc.Arbitrary<TContextEvent[]> {
  const eventArb = fc.record({ name: fc.constantFrom(...EVENT_NAMES), minutes: fc.integer({ min: -120, max: 10 * 24 * 60 }), total: fc.integer({ min: 0, max: 100 }) });
  return fc.tuple(fc.boolean(), fc.array(eventArb, { maxLength: 12 })).map(([startsWithTrigger, events]) => [
    ...(startsWithTrigger ? [{ name: "Cart Abandoned", properties: { total: 60 }, timestamp: start }] : []),
    ...events.map((e) => ({ name: e.name, properties: { total: e.total }, timestamp: new Date(start.getTime() + e.minutes * 60_000) })),
  ]);
}
