import { describe, expect, it } from "vitest";
import type { TJourneyGraph } from "./graph";
import { exit, link, linearJourney, send, sendLinks, step, withChanges } from "./testing/fixtures";
import { hasBlockingIssues, validateJourney, type TValidationContext } from "./validate";

const codes = (graph: TJourneyGraph, ctx?: TValidationContext) => validateJourney(graph, ctx).map((i) => i.code);
const wait = (id: string, amount = 1, unit: "hours" | "days" = "days") => step(id, "wait", { mode: "duration", duration: { amount, unit } });
const branch = (id: string, condition = { kind: "trait", path: "vip", op: "equals", value: true } as const) =>
  step(id, "branch", { paths: [{ id: "yes", label: "Yes", condition }] });

describe("validateJourney", () => {
  it("finds nothing wrong with a complete journey", () => {
    expect(validateJourney(linearJourney())).toEqual([]);
    expect(hasBlockingIssues([])).toBe(false);
  });

  describe("exactly one trigger", () => {
    it("needs a trigger", () => {
      const graph = linearJourney();
      graph.nodes.shift();
      graph.edges.shift();
      expect(codes(graph)).toEqual(["trigger-missing"]);
    });

    it("refuses a second trigger", () => {
      const graph = withChanges(linearJourney(), {
        nodes: [step("trigger-2", "trigger", { source: { kind: "api" }, reentry: "never" })],
        edges: [link("trigger-2", "next", "done")],
      });
      expect(validateJourney(graph)).toMatchObject([{ code: "trigger-multiple", nodeId: "trigger-2", severity: "error" }]);
    });

    it("refuses edges back into the trigger", () => {
      const graph = withChanges(linearJourney(), { nodes: [wait("w")], edges: [link("email", "next", "w"), link("w", "next", "trigger")] });
      expect(codes(graph)).toContain("trigger-has-incoming");
    });
  });

  describe("every node reachable from the trigger", () => {
    it("flags orphan steps", () => {
      const graph = withChanges(linearJourney(), { nodes: [send("orphan", "sms", "x")], edges: sendLinks("orphan", "done") });
      expect(validateJourney(graph)).toMatchObject([{ code: "node-unreachable", nodeId: "orphan" }]);
    });
  });

  describe("every handle connected", () => {
    it("flags each open output with its label", () => {
      const graph = withChanges(linearJourney(), { removeEdges: ["email--skipped"] });
      expect(validateJourney(graph)).toMatchObject([{ code: "handle-unconnected", nodeId: "email", message: expect.stringContaining('"Skipped"') }]);
    });
  });

  describe("every path ends in an exit", () => {
    it("flags a loop that never leads to an exit", () => {
      const graph: TJourneyGraph = {
        nodes: [step("trigger", "trigger", { source: { kind: "api" }, reentry: "never" }), send("email", "email", "x"), wait("w")],
        edges: [link("trigger", "next", "email"), ...sendLinks("email", "w"), link("w", "next", "email")],
      };
      expect(codes(graph)).toEqual(["path-without-exit", "path-without-exit", "path-without-exit"]);
    });

    it("accepts a loop with a way out", () => {
      const graph: TJourneyGraph = {
        nodes: [step("trigger", "trigger", { source: { kind: "api" }, reentry: "never" }), send("email", "email", "x"), wait("w"), branch("b"), exit("done", "Done")],
        edges: [link("trigger", "next", "email"), ...sendLinks("email", "w"), link("w", "next", "b"), link("b", "yes", "email"), link("b", "else", "done")],
      };
      expect(codes(graph)).toEqual([]);
    });
  });

  describe("no cycle without a wait", () => {
    const loop = (middle: TJourneyGraph["nodes"][number]): TJourneyGraph => ({
      nodes: [step("trigger", "trigger", { source: { kind: "api" }, reentry: "never" }), send("email", "email", "x"), middle, branch("b"), exit("done", "Done")],
      edges: [link("trigger", "next", "email"), ...sendLinks("email", middle.id), link(middle.id, "next", "b"), link("b", "yes", "email"), link("b", "else", "done")],
    });

    it("flags every step of an instant loop", () => {
      const graph = loop(step("tag", "updateProfile", { assignments: [{ trait: "loops", op: "increment", value: 1 }] }));
      expect(validateJourney(graph).filter((i) => i.code === "cycle-without-wait").map((i) => i.nodeId)).toEqual(["email", "tag", "b"]);
    });

    it("accepts a loop through a wait", () => {
      expect(codes(loop(wait("w")))).toEqual([]);
    });

    it("accepts a loop through a wait-for-event", () => {
      const graph = loop(step("wfe", "waitForEvent", { event: "Clicked", timeout: { amount: 1, unit: "days" } }));
      graph.edges = graph.edges.map((e) => (e.source === "wfe" ? { ...e, sourceHandle: "event", id: "wfe--event" } : e));
      graph.edges.push(link("wfe", "timeout", "done"));
      expect(codes(graph)).toEqual([]);
    });
  });

  describe("engagement conditions", () => {
    const opened = (nodeId: string) => step("b", "branch", { paths: [{ id: "yes", label: "Opened", condition: { kind: "engagement", nodeId, engagement: "opened" } }] });
    const withBranch = (nodeId: string) =>
      withChanges(linearJourney(), { nodes: [wait("w"), opened(nodeId)], edges: [...sendLinks("email", "w"), link("w", "next", "b"), link("b", "yes", "done"), link("b", "else", "done")] });

    it("accept an earlier message step", () => {
      expect(codes(withBranch("email"))).toEqual([]);
    });

    it("refuse a missing step or one that sends nothing", () => {
      expect(codes(withBranch("ghost"))).toEqual(["engagement-step-missing"]);
      expect(codes(withBranch("w"))).toEqual(["engagement-step-not-message"]);
    });

    it("warn about a message that comes later", () => {
      const graph: TJourneyGraph = {
        nodes: [step("trigger", "trigger", { source: { kind: "api" }, reentry: "never" }), opened("later"), send("later", "email", "x"), exit("done", "Done")],
        edges: [link("trigger", "next", "b"), link("b", "yes", "later"), link("b", "else", "later"), ...sendLinks("later", "done")],
      };
      expect(validateJourney(graph)).toMatchObject([{ code: "engagement-step-not-upstream", severity: "warning" }]);
    });
  });

  describe("goal window", () => {
    const slow = () => withChanges(linearJourney(), { nodes: [wait("w", 5), send("late", "email", "y")], edges: [...sendLinks("email", "w"), link("w", "next", "late"), ...sendLinks("late", "done")] });
    const goal = (days: number): TValidationContext => ({ settings: { frequencyCapExempt: false, goal: { event: "Order Completed", within: { amount: days, unit: "days" }, exitOnGoal: true } } });

    it("warns on messages sent only after the goal window has closed", () => {
      expect(validateJourney(slow(), goal(3))).toMatchObject([{ code: "goal-window-short", nodeId: "late", severity: "warning" }]);
    });

    it("is quiet when the window covers the waits", () => {
      expect(codes(slow(), goal(7))).toEqual([]);
      expect(codes(slow())).toEqual([]);
    });

    it("counts the shortest route, so a fast path clears the warning", () => {
      const graph = withChanges(slow(), { nodes: [branch("fast")], edges: [...sendLinks("email", "fast"), link("fast", "yes", "late"), link("fast", "else", "w")] });
      expect(codes(graph, goal(3))).toEqual([]);
    });
  });

  describe("journey settings", () => {
    it("check exit criteria like any condition", () => {
      const ctx: TValidationContext = { settings: { frequencyCapExempt: false, exitCriteria: { kind: "event", name: "", op: "atLeast", count: 1 } } };
      expect(codes(linearJourney(), ctx)).toEqual(["condition-incomplete"]);
    });

    it("refuse exit criteria reading engagement of a step that is not a message", () => {
      const ctx: TValidationContext = { settings: { frequencyCapExempt: false, exitCriteria: { kind: "engagement", nodeId: "done", engagement: "clicked" } } };
      expect(codes(linearJourney(), ctx)).toEqual(["engagement-step-missing"]);
    });
  });

  describe("on graphs that skipped parsing", () => {
    it("reports dangling edges, unknown handles and duplicates instead of throwing", () => {
      const graph = linearJourney();
      graph.edges.push(link("email", "next", "ghost"), link("done", "next", "email"), { ...link("ghost", "next", "email"), id: "email--next" });
      expect(codes(graph)).toEqual(expect.arrayContaining(["edge-target-missing", "edge-unknown-handle", "edge-source-missing", "duplicate-edge-id"]));
    });

    it("reports nodes it cannot read", () => {
      const graph = { nodes: [...linearJourney().nodes, { id: "x", type: "teleport" }, { id: "y", type: "wait", data: { mode: "forever" } }, { nope: true }], edges: linearJourney().edges };
      expect(codes(graph as unknown as TJourneyGraph)).toEqual(expect.arrayContaining(["node-type-unknown", "node-data-invalid", "node-id-missing"]));
    });

    it("survives input that is not a graph at all", () => {
      for (const junk of [null, undefined, 42, "graph", [], { nodes: "x", edges: {} }]) {
        const issues = validateJourney(junk as unknown as TJourneyGraph);
        expect(issues.map((i) => i.code)).toEqual(["trigger-missing"]);
      }
    });
  });
});
