import { describe, expect, it } from "vitest";
import { DEMO_WORKSPACE_SETTINGS } from "../../prisma/seed/demo-workspace-settings";
import { cascadeTemplate } from "../journey/templates/cascade";
import { instantiateTemplate } from "../journey/templates";
import { exit, link, send, sendLinks, step as node } from "../journey/testing/fixtures";
import { pause } from "../journey/templates/template-kit";
import { simulateJourney, type TSimulationResult } from "./simulate";
import { at, effectsOf, event, makeContext, makeVersion } from "./testing/engine-fixtures";

const cascade = makeVersion(
  instantiateTemplate(cascadeTemplate, { "cascade-email": "tpl-email", "cascade-sms": "tpl-sms", "cascade-push": "tpl-push" }),
  cascadeTemplate.settings,
);
const t0 = at("2024-06-03T09:00:00Z"); // Monday, 10:00 in London
const hours = (h: number) => new Date(t0.getTime() + h * 3_600_000);
const abandoned = event("Cart Abandoned", t0, { cart_url: "https://shop.test/cart/1" });
const window = { start: t0, until: hours(24 * 5) };

/** "HH:MM node action (reason)" per logged decision, hours counted from entry. */
const story = (result: TSimulationResult) =>
  result.steps.map((s) => `+${(s.at.getTime() - t0.getTime()) / 3_600_000}h ${s.nodeId} ${s.action}: ${s.reason}`);
const sends = (result: TSimulationResult) => effectsOf(result.effects, "send").map((s) => `${s.channel}:${s.templateId}:${s.idempotencyKey}`);

describe("simulateJourney: the cascade template", () => {
  it("sends the email, then the SMS 24 h later when it was not opened, then the push 12 h after that", () => {
    const result = simulateJourney(cascade, makeContext(), [abandoned], window);
    expect(story(result)).toEqual([
      "+0h trigger entered: entered on \"Cart Abandoned\"",
      "+0h skip-recent-buyers passed: not suppressed: no match for performed \"Order Completed\" at least 1 time in the last 2 hours",
      "+0h email sent: sent Email",
      "+0h wait-24h waiting: waiting 24 hours",
      "+24h wait-24h resumed: waited 24 hours",
      "+24h opened-email branched: took path 'Else' (no path matched; saw email opened: no)",
      "+24h skip-buyers-sms passed: not suppressed: no match for performed \"Order Completed\" at least 1 time in the last 3 days",
      "+24h sms sent: sent SMS",
      "+24h wait-12h waiting: waiting 12 hours",
      "+36h wait-12h resumed: waited 12 hours",
      "+36h skip-buyers-push passed: not suppressed: no match for performed \"Order Completed\" at least 1 time in the last 3 days",
      "+36h push sent: sent Push",
      "+36h exit-done completed: Cascade finished",
    ]);
    expect(sends(result)).toEqual(["email:tpl-email:simulation:email:1", "sms:tpl-sms:simulation:sms:1", "push:tpl-push:simulation:push:1"]);
    expect(result).toMatchObject({ stoppedBecause: "ended", enrollment: { state: "completed", exitReason: "Cascade finished" } });
  });

  it("stops after the email when it was opened", () => {
    const result = simulateJourney(cascade, makeContext(), [abandoned], {
      ...window,
      engagement: ({ channel, at: sentAt }) => (channel === "email" ? { opened: new Date(sentAt.getTime() + 2 * 3_600_000) } : {}),
    });
    expect(story(result).slice(4)).toEqual(["+24h wait-24h resumed: waited 24 hours", "+24h opened-email branched: took path 'Opened the email' (opened the message from step email; saw email opened: 22 h ago)", "+24h exit-engaged completed: Engaged by email"]);
    expect(sends(result)).toHaveLength(1);
  });

  it("counts the purchase before the SMS as the goal, then suppresses the SMS and the push with the reason", () => {
    const result = simulateJourney(cascade, makeContext(), [abandoned, event("Order Completed", hours(5), { total: 80 })], window);
    expect(story(result).slice(4)).toEqual([
      '+5h wait-24h converted: converted: performed "Order Completed"',
      "+24h wait-24h resumed: waited 24 hours",
      "+24h opened-email branched: took path 'Else' (no path matched; saw email opened: no)",
      '+24h skip-buyers-sms suppressed: suppressed: performed "Order Completed" 19 h ago',
    ]);
    expect(sends(result)).toEqual(["email:tpl-email:simulation:email:1"]);
    expect(result.enrollment).toMatchObject({ state: "exited", exitReason: 'suppressed: performed "Order Completed" 19 h ago' });
  });

  it("sends the SMS but suppresses the push when the purchase comes between them", () => {
    const result = simulateJourney(cascade, makeContext(), [abandoned, event("Order Completed", hours(30))], window);
    expect(sends(result).map((s) => s.split(":")[0])).toEqual(["email", "sms"]);
    expect(story(result).at(-1)).toBe('+36h skip-buyers-push suppressed: suppressed: performed "Order Completed" 6 h ago');
    expect(result.enrollment?.exitReason).toBe('suppressed: performed "Order Completed" 6 h ago');
  });

  it("suppresses a profile who bought in the two hours before entering", () => {
    const result = simulateJourney(cascade, makeContext(), [event("Order Completed", hours(-1)), abandoned], window);
    expect(story(result).at(-1)).toBe('+0h skip-recent-buyers suppressed: suppressed: performed "Order Completed" 1 h ago');
    expect(sends(result)).toEqual([]);
  });

  it("goes straight from the email to the push for a profile without SMS consent", () => {
    const result = simulateJourney(cascade, makeContext({ consent: { email: "subscribed", push: "subscribed" } }), [abandoned], window);
    expect(story(result).slice(7, 10)).toEqual([
      "+24h sms skipped: no SMS consent",
      '+24h skip-buyers-push passed: not suppressed: no match for performed "Order Completed" at least 1 time in the last 3 days',
      "+24h push sent: sent Push",
    ]);
  });

  it("holds the push to the morning under the demo workspace's quiet hours", () => {
    const context = makeContext({ profile: { timezone: "Europe/London" }, workspace: DEMO_WORKSPACE_SETTINGS });
    const result = simulateJourney(cascade, context, [abandoned], window);
    // 36 h after 10:00 is 22:00 in London, inside the 21:00–08:00 quiet hours for push.
    expect(story(result).slice(-4)).toEqual([
      '+36h skip-buyers-push passed: not suppressed: no match for performed "Order Completed" at least 1 time in the last 3 days',
      "+36h push deferred: quiet hours until 08:00 Europe/London",
      "+46h push sent: sent Push",
      "+46h exit-done completed: Cascade finished",
    ]);
  });
});

describe("simulateJourney: the virtual clock", () => {
  const waitForPurchase = makeVersion({
    nodes: [
      node("trigger", "trigger", { source: { kind: "api" }, reentry: "never" }),
      node("tag", "updateProfile", { assignments: [{ trait: "stage", op: "set", value: "waiting" }] }),
      node("wfe", "waitForEvent", { event: "Order Completed", timeout: { amount: 2, unit: "days" } }),
      node("is-tagged", "branch", { paths: [{ id: "tagged", label: "Tagged", condition: { kind: "trait", path: "stage", op: "equals", value: "waiting" } }] }),
      exit("bought", "Bought"),
      exit("timeout", "Timed out"),
      exit("untagged", "Untagged"),
    ],
    edges: [link("trigger", "next", "tag"), link("tag", "next", "wfe"), link("wfe", "event", "is-tagged"), link("wfe", "timeout", "timeout"), link("is-tagged", "tagged", "bought"), link("is-tagged", "else", "untagged")],
  });

  it("feeds timeline events to a waiting profile and keeps profile updates", () => {
    const result = simulateJourney(waitForPurchase, makeContext(), [event("Page Viewed", hours(1)), event("Order Completed", hours(10))], window);
    expect(result.enrollment).toMatchObject({ state: "completed", exitReason: "Bought", exitedAt: hours(10) });
  });

  it("takes the timeout when the event comes too late", () => {
    const result = simulateJourney(waitForPurchase, makeContext(), [event("Order Completed", hours(49))], window);
    expect(result.enrollment).toMatchObject({ exitReason: "Timed out", exitedAt: hours(48) });
  });

  it("stops at `until` with the profile still waiting", () => {
    const result = simulateJourney(waitForPurchase, makeContext(), [], { start: t0, until: hours(24) });
    expect(result).toMatchObject({ stoppedBecause: "until", enrollment: { state: "waiting", currentNodeId: "wfe" } });
  });

  it("ignores an ingested event left on the caller's context", () => {
    const stray = event("Order Completed", hours(1));
    const result = simulateJourney(waitForPurchase, makeContext({ resumeEvent: stray }), [], window);
    expect(result.enrollment?.exitReason).toBe("Timed out");
  });

  it("does not enrol when the timeline lacks the trigger event", () => {
    const result = simulateJourney(cascade, makeContext(), [event("Page Viewed", t0)], window);
    expect(result).toMatchObject({ stoppedBecause: "notEnrolled", reason: 'no matching "Cart Abandoned" event in the timeline', enrollment: null, steps: [] });
  });

  it("stops after its iteration bound on a journey that loops on short waits", () => {
    const looping = makeVersion({
      nodes: [
        node("trigger", "trigger", { source: { kind: "api" }, reentry: "never" }),
        node("w", "wait", { mode: "duration", duration: { amount: 1, unit: "minutes" } }),
        node("u", "updateProfile", { assignments: [] }),
      ],
      edges: [link("trigger", "next", "w"), link("w", "next", "u"), link("u", "next", "w")],
    });
    const result = simulateJourney(looping, makeContext(), [], { ...window, maxIterations: 50 });
    expect(result).toMatchObject({ stoppedBecause: "iterationLimit", iterations: 50 });
  });
});

describe("simulateJourney: identify, re-checks, history and failures", () => {
  const planBranch = makeVersion(
    {
      nodes: [
        node("trigger", "trigger", { source: { kind: "api" }, reentry: "never" }),
        node("w", "wait", { mode: "duration", duration: { amount: 1, unit: "days" } }),
        node("b", "branch", { paths: [{ id: "pro", label: "Pro", condition: { kind: "trait", path: "plan", op: "equals", value: "pro" } }] }),
        exit("x-pro", "Pro"),
        exit("x-other", "Other"),
      ],
      edges: [link("trigger", "next", "w"), link("w", "next", "b"), link("b", "pro", "x-pro"), link("b", "else", "x-other")],
    },
    { exitCriteria: { kind: "trait", path: "churned", op: "equals", value: true } },
  );

  it("folds an identify's traits before the branch reads them, and the branch says what it saw", () => {
    const result = simulateJourney(planBranch, makeContext({ profile: { traits: { plan: "free" } } }), [{ type: "identify", timestamp: hours(3), traits: { plan: "pro" } }], window);
    expect(result.enrollment?.exitReason).toBe("Pro");
    expect(story(result)).toContain(`+24h b branched: took path 'Pro' (plan is "pro"; saw plan = "pro")`);
  });

  it("re-checks the exit criteria at an identify that sets a trait they read, as the runner does", () => {
    const result = simulateJourney(planBranch, makeContext(), [{ type: "identify", timestamp: hours(5), traits: { churned: true } }], window);
    expect(result.enrollment).toMatchObject({ state: "exited", exitedAt: hours(5), exitReason: "exit criteria met: churned is true" });
  });

  it("does not step at an identify of traits the exit criteria do not read", () => {
    const result = simulateJourney(planBranch, makeContext(), [{ type: "identify", timestamp: hours(5), traits: { colour: "red" } }], window);
    expect(result.steps.filter((s) => +s.at === +hours(5))).toEqual([]);
    expect(result.iterations).toBe(2);
  });

  it("takes consent from an identify: no SMS after an unsubscribe", () => {
    const result = simulateJourney(cascade, makeContext(), [abandoned, { type: "identify", timestamp: hours(2), traits: {}, consent: { sms: "unsubscribed" } }], window);
    expect(story(result)).toContain("+24h sms skipped: no SMS consent");
  });

  it("forgets events older than the window the runner's loader reads", () => {
    const everBought = makeVersion({
      nodes: [
        node("trigger", "trigger", { source: { kind: "api" }, reentry: "never" }),
        node("w", "wait", { mode: "duration", duration: { amount: 40, unit: "days" } }),
        node("b", "branch", { paths: [{ id: "buyer", label: "Buyer", condition: { kind: "event", name: "Order Completed", op: "atLeast", count: 1 } }] }),
        exit("x-buyer", "Buyer"),
        exit("x-not", "Not a buyer"),
      ],
      edges: [link("trigger", "next", "w"), link("w", "next", "b"), link("b", "buyer", "x-buyer"), link("b", "else", "x-not")],
    });
    // The version's longest duration is 40 days: the loader reads 40 days back, so an order at +1 h is forgotten at +40 d 1 h.
    const result = simulateJourney(everBought, makeContext(), [event("Order Completed", hours(-1))], { start: t0, until: hours(24 * 60) });
    expect(result.enrollment?.exitReason).toBe("Not a buyer");
  });

  it("logs a send whose template cannot be rendered as failed, and does not count it for later caps (as a failed outbox row is not)", () => {
    const caps = { frequencyCaps: [{ id: "c", name: "One a day", max: 1, windowHours: 24, channels: null, exemptJourneyIds: [] }] };
    const twoEmails = makeVersion({
      nodes: [node("trigger", "trigger", { source: { kind: "api" }, reentry: "never" }), send("e1", "email", "gone"), pause("w", 1, "hours"), send("e2", "email", "ok"), exit("done", "Done")],
      edges: [link("trigger", "next", "e1"), ...sendLinks("e1", "w"), link("w", "next", "e2"), ...sendLinks("e2", "done")],
    });
    const result = simulateJourney(twoEmails, makeContext({ workspace: caps }), [], { ...window, sendFailure: (s) => (s.templateId === "$gone" ? "template $gone no longer exists" : null) });
    expect(story(result)).toEqual([
      "+0h trigger entered: enrolled through the API",
      "+0h e1 failed: failed: template $gone no longer exists",
      "+0h w waiting: waiting 1 hour",
      "+1h w resumed: waited 1 hour",
      "+1h e2 sent: sent Email",
      "+1h done completed: Done",
    ]);
    expect(result.messages.map((m) => m.failed)).toEqual(["template $gone no longer exists", null]);
  });

  it("refuses entry under the re-entry policy when the profile was already in the journey", () => {
    const result = simulateJourney(planBranch, makeContext(), [], { ...window, existing: [{ state: "completed", enteredAt: hours(-100) }] });
    expect(result).toMatchObject({ stoppedBecause: "notEnrolled", reason: "already entered once (re-entry: never)" });
  });

  it("continues an enrollment from where it stands", () => {
    const first = simulateJourney(planBranch, makeContext(), [], { start: t0, until: hours(1) });
    expect(first.enrollment).toMatchObject({ state: "waiting", currentNodeId: "w" });
    const rest = simulateJourney(planBranch, makeContext({ profile: { traits: { plan: "pro" } } }), [], { start: hours(2), until: hours(48), resume: first.enrollment ?? undefined });
    expect(story(rest)).toEqual(["+24h w resumed: waited 1 day", `+24h b branched: took path 'Pro' (plan is "pro"; saw plan = "pro")`, "+24h x-pro completed: Pro"]);
  });
});
