import { describe, expect, it } from "vitest";
import { exit, link, linearJourney, send, sendLinks, step as node } from "../journey/testing/fixtures";
import { step } from "./step";
import { at, effectsOf, enrol, enrolAndStep, event, logLines, makeContext, makeVersion } from "./testing/engine-fixtures";

const t0 = at("2024-06-03T10:00:00Z");

/** trigger → wait 1 day → email → exit, with journey settings. */
const waitThenEmail = (settings: Parameters<typeof makeVersion>[1] = {}) =>
  makeVersion(
    {
      nodes: [node("trigger", "trigger", { source: { kind: "event", event: "Cart Abandoned" }, reentry: "afterExit" }), node("wait", "wait", { mode: "duration", duration: { amount: 1, unit: "days" } }), send("email", "email", "tpl"), exit("done", "Done")],
      edges: [link("trigger", "next", "wait"), link("wait", "next", "email"), ...sendLinks("email", "done")],
    },
    settings,
  );

describe("step", () => {
  it("runs instantaneous nodes back to back and emits effects in order", () => {
    const result = enrolAndStep(makeVersion(linearJourney()), makeContext(), t0);
    expect(result.effects.map((e) => e.type)).toEqual(["log", "send", "log", "log", "exit"]);
    expect(logLines(result.effects)).toEqual(['trigger: entered (entered on "Signed Up")', "email: sent (sent Email)", "done: completed (Done)"]);
  });

  it("starts a fresh enrollment with no current node at the trigger", () => {
    const version = makeVersion(linearJourney());
    const result = step(version, { ...enrol(version, t0), currentNodeId: null }, makeContext(), t0);
    expect(result.enrollment.state).toBe("completed");
  });

  it("ends a loop without a wait with a loop-guard exit instead of spinning", () => {
    const loop = makeVersion({
      nodes: [node("trigger", "trigger", { source: { kind: "api" }, reentry: "never" }), node("a", "updateProfile", { assignments: [] }), node("b", "updateProfile", { assignments: [] })],
      edges: [link("trigger", "next", "a"), link("a", "next", "b"), link("b", "next", "a")],
    });
    const result = enrolAndStep(loop, makeContext(), t0);
    expect(result.enrollment).toMatchObject({ state: "exited", exitReason: "loop guard: more than 3 steps in one go without a wait" });
    expect(logLines(result.effects).at(-1)).toMatch(/: exited \(loop guard/);
  });

  it("exits at a dead end instead of losing the profile", () => {
    const open = makeVersion({ nodes: [node("trigger", "trigger", { source: { kind: "api" }, reentry: "never" }), send("email", "email", "tpl")], edges: [link("trigger", "next", "email")] });
    const result = enrolAndStep(open, makeContext(), t0);
    expect(result.enrollment).toMatchObject({ state: "exited", exitReason: 'dead end: nothing follows "next" of step "email"' });
    expect(effectsOf(result.effects, "send")).toHaveLength(1);
  });

  it("exits an enrollment parked on a node the version does not have", () => {
    const version = makeVersion(linearJourney());
    const result = step(version, { ...enrol(version, t0), state: "waiting", currentNodeId: "gone" }, makeContext(), t0);
    expect(result.enrollment).toMatchObject({ state: "exited", exitReason: 'step "gone" is not in this version' });
  });

  it("never changes the enrollment or the context it was given", () => {
    const version = waitThenEmail();
    const enrollment = enrol(version, t0);
    const context = makeContext({ events: [event("Viewed", t0)] });
    const before = structuredClone({ enrollment, context });
    step(version, enrollment, context, t0);
    expect({ enrollment, context }).toEqual(before);
  });
});

describe("journey goal and exit criteria", () => {
  const goal = { event: "Order Completed", within: { amount: 3, unit: "days" as const }, exitOnGoal: true };
  const parked = (settings: Parameters<typeof makeVersion>[1]) => enrolAndStep(waitThenEmail(settings), makeContext(), t0).enrollment;

  it("exits on the goal as soon as the conversion event is ingested, recording the conversion", () => {
    const version = waitThenEmail({ goal });
    const purchase = event("Order Completed", "2024-06-03T15:00:00Z");
    const result = step(version, parked({ goal }), makeContext({ events: [purchase], resumeEvent: purchase }), purchase.timestamp);
    expect(result.effects).toContainEqual({ type: "convert", at: purchase.timestamp, event: "Order Completed" });
    expect(logLines(result.effects)).toEqual(['wait: converted (converted: performed "Order Completed")', 'wait: exited (goal reached: performed "Order Completed")']);
    expect(result.enrollment).toMatchObject({ state: "exited", exitReason: 'goal reached: performed "Order Completed"', memory: { converted: { event: "Order Completed" } } });
  });

  it("records the conversion once and carries on when the goal does not exit", () => {
    const settings = { goal: { ...goal, exitOnGoal: false } };
    const version = waitThenEmail(settings);
    const purchase = event("Order Completed", "2024-06-03T15:00:00Z");
    const context = makeContext({ events: [purchase] });
    const first = step(version, parked(settings), { ...context, resumeEvent: purchase }, purchase.timestamp);
    expect(effectsOf(first.effects, "convert")).toHaveLength(1);
    expect(first.enrollment.state).toBe("waiting");
    const woken = step(version, first.enrollment, context, at("2024-06-04T10:00:00Z"));
    expect(effectsOf(woken.effects, "convert")).toEqual([]);
    expect(woken.enrollment.exitReason).toBe("Done");
  });

  it("ignores conversions before entry or after the goal window", () => {
    const version = waitThenEmail({ goal });
    const before = event("Order Completed", "2024-06-02T10:00:00Z");
    const late = event("Order Completed", "2024-06-07T10:00:00Z");
    const result = step(version, parked({ goal }), makeContext({ events: [before, late] }), at("2024-06-07T11:00:00Z"));
    expect(effectsOf(result.effects, "convert")).toEqual([]);
    expect(result.enrollment.exitReason).toBe("Done");
  });

  it("does not count the event that enrolled the profile as its conversion", () => {
    const settings = { goal: { ...goal, event: "Cart Abandoned" } };
    const version = waitThenEmail(settings);
    const abandoned = event("Cart Abandoned", t0);
    const result = step(version, enrol(version, t0, abandoned), makeContext({ events: [abandoned], resumeEvent: abandoned }), t0);
    expect(result.enrollment.state).toBe("waiting");
  });

  it("exits a waiting profile whose exit criteria come true, with the reason", () => {
    const settings = { exitCriteria: { kind: "event" as const, name: "Unsubscribed", op: "atLeast" as const, count: 1 } };
    const unsubscribed = event("Unsubscribed", "2024-06-03T12:00:00Z");
    const result = step(waitThenEmail(settings), parked(settings), makeContext({ resumeEvent: unsubscribed }), unsubscribed.timestamp);
    expect(result.enrollment).toMatchObject({ state: "exited", exitReason: 'exit criteria met: performed "Unsubscribed" just now', wakeAt: null });
  });
});
