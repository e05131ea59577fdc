import { describe, expect, it } from "vitest";
import { at, enrolAndStep, event, logLines, makeContext, makeVersion } from "../../../engine/testing/engine-fixtures";
import { exit, link, send, sendLinks, step as node } from "../../testing/fixtures";
import type { TSuppressData } from "./schema";

const recentBuyer: TSuppressData["condition"] = { kind: "event", name: "Order Completed", op: "atLeast", count: 1, within: { amount: 7, unit: "days" } };

function journey(onSuppress: TSuppressData["onSuppress"]) {
  const handles = onSuppress === "path" ? [link("suppress", "suppressed", "x-suppressed")] : [];
  return makeVersion({
    nodes: [
      node("trigger", "trigger", { source: { kind: "api" }, reentry: "never" }),
      node("suppress", "suppress", { condition: recentBuyer, onSuppress }),
      send("email", "email", "tpl"),
      exit("done", "Done"),
      exit("x-suppressed", "Bought recently"),
    ],
    edges: [link("trigger", "next", "suppress"), link("suppress", "next", "email"), ...sendLinks("email", "done"), ...handles],
  });
}
const now = at("2024-06-10T12:00:00Z");
const buyer = makeContext({ events: [event("Order Completed", "2024-06-10T10:00:00Z")] });

describe("suppress (engine)", () => {
  it("exits a matching profile with the reason, before anything is sent", () => {
    const result = enrolAndStep(journey("exit"), buyer, now);
    expect(result.enrollment).toMatchObject({ state: "exited", exitReason: 'suppressed: performed "Order Completed" 2 h ago' });
    expect(result.effects.some((e) => e.type === "send")).toBe(false);
  });

  it("sends a matching profile down the suppressed path when told to", () => {
    const result = enrolAndStep(journey("path"), buyer, now);
    expect(logLines(result.effects)).toContain('suppress: suppressed (suppressed: performed "Order Completed" 2 h ago)');
    expect(result.enrollment).toMatchObject({ state: "completed", exitReason: "Bought recently" });
  });

  it("lets everyone else through", () => {
    const result = enrolAndStep(journey("exit"), makeContext({ events: [event("Order Completed", "2024-05-01T10:00:00Z")] }), now);
    expect(logLines(result.effects)[1]).toMatch(/^suppress: passed \(not suppressed/);
    expect(result.enrollment.exitReason).toBe("Done");
  });
});
