import { describe, expect, it } from "vitest";
import { step } from "../../../engine/step";
import { at, enrolAndStep, logLines, makeContext, makeVersion } from "../../../engine/testing/engine-fixtures";
import type { TJourneyGraph } from "../../graph";
import { exit, link, send, sendLinks, step as node } from "../../testing/fixtures";

/** trigger → email → 1 day → branch (opened / VIP / else) → an exit per path. */
const graph: TJourneyGraph = {
  nodes: [
    node("trigger", "trigger", { source: { kind: "api" }, reentry: "never" }),
    send("email", "email", "tpl"),
    node("wait", "wait", { mode: "duration", duration: { amount: 1, unit: "days" } }),
    node("branch", "branch", {
      paths: [
        { id: "opened", label: "Opened the email", condition: { kind: "engagement", nodeId: "email", engagement: "opened" } },
        { id: "vip", label: "VIP", condition: { kind: "trait", path: "vip", op: "equals", value: true } },
      ],
    }),
    exit("x-opened", "Opened"),
    exit("x-vip", "VIP"),
    exit("x-else", "Neither"),
  ],
  edges: [
    link("trigger", "next", "email"),
    ...sendLinks("email", "wait"),
    link("wait", "next", "branch"),
    link("branch", "opened", "x-opened"),
    link("branch", "vip", "x-vip"),
    link("branch", "else", "x-else"),
  ],
};
const version = makeVersion(graph);
const t0 = at("2024-06-03T10:00:00Z");
const t1 = at("2024-06-04T10:00:00Z");

function runWith(context: ReturnType<typeof makeContext>) {
  const first = enrolAndStep(version, context, t0);
  return step(version, first.enrollment, context, t1);
}

describe("branch (engine)", () => {
  it("takes the first path whose condition matches, reading the engagement of the message that node sent", () => {
    const context = makeContext({ engagement: { email: { delivered: t0, opened: at("2024-06-03T12:00:00Z"), clicked: null } }, profile: { traits: { vip: true } } });
    const result = runWith(context);
    expect(logLines(result.effects)).toContain("branch: branched (took path 'Opened the email' (opened the message from step email; saw email opened: 22 h ago))");
    expect(result.enrollment.exitReason).toBe("Opened");
  });

  it("tries the paths in order", () => {
    const result = runWith(makeContext({ profile: { traits: { vip: true } } }));
    expect(result.enrollment.exitReason).toBe("VIP");
  });

  it("takes else when no path matches", () => {
    const result = runWith(makeContext());
    expect(logLines(result.effects)).toContain('branch: branched (took path \'Else\' (no path matched; saw email opened: no, vip = (not set)))');
    expect(result.enrollment.exitReason).toBe("Neither");
  });

  it("does not count an open that is only known for a later moment", () => {
    const context = makeContext({ engagement: { email: { delivered: t0, opened: at("2024-06-05T00:00:00Z"), clicked: null } } });
    expect(runWith(context).enrollment.exitReason).toBe("Neither");
  });

  it("names the condition that matched and the values it saw", () => {
    const result = runWith(makeContext({ profile: { traits: { vip: true } } }));
    expect(logLines(result.effects)).toContain("branch: branched (took path 'VIP' (vip is true; saw vip = true))");
  });

  it("records the handle it took on the log line", () => {
    const result = runWith(makeContext({ profile: { traits: { vip: "true" } } }));
    const line = result.effects.find((e) => e.type === "log" && e.nodeId === "branch");
    expect(line).toMatchObject({ handle: "vip", nodeType: "branch", at: t1 });
  });
});
