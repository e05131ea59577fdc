import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NODE_TYPES, type TJourneyEdge, type TJourneyGraph, type TJourneyNode } from "./graph";
import { layoutGraph } from "./layout";
import { parseGraph } from "./parse-graph";
import { nodeHandles, nodeRegistry, type TNodeType } from "./registry";
import { step } from "./testing/fixtures";
import { validateJourney } from "./validate";

/** Complete data per type, several shapes each, so generated journeys can validate cleanly. */
function completeNode(id: string, type: TNodeType, variant: number): TJourneyNode {
  const v = variant % 2;
  switch (type) {
    case "trigger":
      return step(id, "trigger", { source: v ? { kind: "api" } : { kind: "event", event: "Signed Up" }, reentry: "never" });
    case "wait":
      return step(id, "wait", v ? { mode: "timeOfDay", time: "09:00" } : { mode: "duration", duration: { amount: 1, unit: "days" } });
    case "waitForEvent":
      return step(id, "waitForEvent", { event: "Order Completed", timeout: { amount: 2, unit: "days" } });
    case "branch":
      return step(id, "branch", {
        paths: [
          { id: "vip", label: "VIP", condition: { kind: "trait", path: "vip", op: "equals", value: true } },
          ...(v ? [{ id: "engaged", label: "Engaged", condition: { kind: "consent", channel: "email", status: "subscribed" } } as const] : []),
        ],
      });
    case "split":
      return step(id, "split", v ? { variants: [{ id: "a", label: "A", percent: 100 }], holdoutPercent: 0 } : { variants: [{ id: "a", label: "A", percent: 50 }, { id: "b", label: "B", percent: 50 }] });
    case "message":
      return step(id, "message", { channel: v ? "sms" : "email", templateId: "tpl", onSkip: "skip", respectQuietHours: true, frequencyCapExempt: false });
    case "suppress":
      return step(id, "suppress", { condition: { kind: "consent", channel: "email", status: "unsubscribed" }, onSuppress: v ? "path" : "exit" });
    case "updateProfile":
      return step(id, "updateProfile", { assignments: [{ trait: "seen", op: "increment", value: 1 }] });
    case "exit":
      return step(id, "exit", { reason: "Done" });
  }
}

type TWire = { mode: "forward" | "any" | "open"; pick: number };

/**
 * A journey-like graph: node 0 is a trigger and each handle points forward (so many graphs are
 * valid), anywhere (loops, back edges) or nowhere, in proportions given by `modes`.
 */
const journeyWith = (modes: TWire["mode"][]) =>
  fc.record({
    types: fc.array(fc.constantFrom(...NODE_TYPES.filter((t) => t !== "trigger"), "exit", "exit"), { minLength: 1, maxLength: 6 }),
    variants: fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
    wires: fc.array(fc.record({ mode: fc.constantFrom(...modes), pick: fc.nat() }), { minLength: 24, maxLength: 24 }),
    secondTrigger: fc.boolean(),
  });

const journeyArbitrary = fc
  .oneof(journeyWith(["forward", "forward", "forward", "forward", "any", "open"]), journeyWith(["forward", "any", "any"]))
  .map(({ types, variants, wires, secondTrigger }): TJourneyGraph => {
    const allTypes: TNodeType[] = ["trigger", ...types, ...(secondTrigger && types.length > 4 ? (["trigger"] as const) : [])];
    const nodes = allTypes.map((type, i) => completeNode(`n${i}`, type, variants[i] ?? 0));
    const edges: TJourneyEdge[] = [];
    let w = 0;
    nodes.forEach((node, i) => {
      for (const handle of nodeHandles(node)) {
        const wire = wires[w++ % wires.length] ?? { mode: "open", pick: 0 };
        if (wire.mode === "open") continue;
        const candidates = wire.mode === "forward" ? nodes.slice(i + 1) : nodes.filter((n) => n.id !== node.id);
        const target = candidates[wire.pick % Math.max(1, candidates.length)];
        if (target) edges.push({ id: `${node.id}-${handle.id}`, source: node.id, sourceHandle: handle.id, target: target.id });
      }
    });
    return { nodes, edges };
  });

/** Ways a stored draft can be damaged; validation must survive all of them. */
const damagedArbitrary = fc
  .tuple(
    journeyArbitrary,
    fc.array(
      fc.oneof(
        fc.record({ kind: fc.constant("node-data" as const), at: fc.nat(), data: fc.anything() }),
        fc.record({ kind: fc.constant("node-type" as const), at: fc.nat(), type: fc.oneof(fc.string(), fc.constant("constructor"), fc.constant("__proto__")) }),
        fc.record({ kind: fc.constant("node-junk" as const), junk: fc.anything() }),
        fc.record({ kind: fc.constant("duplicate-node" as const), at: fc.nat() }),
        fc.record({ kind: fc.constant("edge-junk" as const), junk: fc.anything() }),
        fc.record({ kind: fc.constant("edge" as const), source: fc.string({ maxLength: 3 }), handle: fc.string({ maxLength: 6 }), target: fc.string({ maxLength: 3 }) }),
      ),
      { maxLength: 4 },
    ),
  )
  .map(([graph, damages]) => {
    const nodes: unknown[] = [...graph.nodes];
    const edges: unknown[] = [...graph.edges];
    for (const d of damages) {
      const i = "at" in d ? d.at % nodes.length : 0;
      if (d.kind === "node-data") nodes[i] = { ...(nodes[i] as object), data: d.data };
      if (d.kind === "node-type") nodes[i] = { ...(nodes[i] as object), type: d.type };
      if (d.kind === "node-junk") nodes.push(d.junk);
      if (d.kind === "duplicate-node") nodes.push(nodes[i]);
      if (d.kind === "edge-junk") edges.push(d.junk);
      if (d.kind === "edge") edges.push({ id: `x${edges.length}`, source: d.source || "n0", sourceHandle: d.handle, target: d.target || "n1" });
    }
    return { nodes, edges } as unknown as TJourneyGraph;
  });

/**
 * Independent of the validator: walks every simple path from the trigger, handle by handle. A
 * path must end in an exit or close a loop that contains a wait, and from every step some exit
 * must still be reachable (a loop cannot trap a profile).
 */
function everyPathReachesAnExit(graph: TJourneyGraph): boolean {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const target = (id: string, handle: string) => graph.edges.find((e) => e.source === id && e.sourceHandle === handle)?.target;
  const waits = (id: string) => {
    const type = byId.get(id)?.type;
    return type === "wait" || type === "waitForEvent";
  };
  const exitReachable = (start: string) => {
    const seen = new Set([start]);
    const queue = [start];
    while (queue.length) {
      const id = queue.shift() as string;
      if (byId.get(id)?.type === "exit") return true;
      for (const e of graph.edges) {
        if (e.source !== id || seen.has(e.target)) continue;
        seen.add(e.target);
        queue.push(e.target);
      }
    }
    return false;
  };
  const walk = (id: string, path: string[]): boolean => {
    const node = byId.get(id);
    if (!node || !exitReachable(id)) return false;
    if (node.type === "exit") return true;
    const handles = nodeHandles(node);
    if (handles.length === 0) return false;
    return handles.every((h) => {
      const next = target(id, h.id);
      if (next === undefined) return false;
      const loopStart = [...path, id].indexOf(next);
      if (loopStart >= 0) return [...path, id].slice(loopStart).some(waits);
      return walk(next, [...path, id]);
    });
  };
  const trigger = graph.nodes.find((n) => n.type === "trigger");
  return trigger !== undefined && walk(trigger.id, []);
}

describe("validateJourney on generated graphs", () => {
  it("never throws and never fails internally, on journeys or damaged drafts", () => {
    fc.assert(
      fc.property(fc.oneof(journeyArbitrary, damagedArbitrary), (graph) => {
        const issues = validateJourney(graph);
        expect(issues.filter((i) => i.code === "internal-error")).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it("never throws on values that are not graphs", () => {
    fc.assert(fc.property(fc.anything(), (value) => void validateJourney(value as TJourneyGraph)));
  });

  it("passes a journey only if every path from the trigger reaches an exit", () => {
    let passed = 0;
    fc.assert(
      fc.property(journeyArbitrary, (graph) => {
        const errors = validateJourney(graph, { templates: [{ id: "tpl", channel: "email" }, { id: "tpl", channel: "sms" }] }).filter((i) => i.severity === "error");
        if (errors.length > 0) return;
        passed++;
        expect(everyPathReachesAnExit(graph)).toBe(true);
      }),
      { numRuns: 2000 },
    );
    // The property is only meaningful if the generator produces valid journeys often enough.
    expect(passed).toBeGreaterThan(50);
  });

  it("finds no integrity errors in graphs that parse, and lays them out without losing nodes", () => {
    fc.assert(
      fc.property(journeyArbitrary, (graph) => {
        const parsed = parseGraph(graph);
        if (!parsed.ok) return;
        const integrity = new Set(["duplicate-node-id", "duplicate-edge-id", "edge-source-missing", "edge-target-missing", "edge-self-loop", "edge-unknown-handle", "handle-multiple-edges"]);
        expect(validateJourney(parsed.graph).filter((i) => integrity.has(i.code))).toEqual([]);
        expect(layoutGraph(parsed.graph).nodes.map((n) => n.id)).toEqual(parsed.graph.nodes.map((n) => n.id));
      }),
      { numRuns: 200 },
    );
  });
});

describe("registry coverage", () => {
  it("the generator covers every node type", () => {
    expect(Object.keys(nodeRegistry).every((t) => completeNode("x", t as TNodeType, 0).type === t)).toBe(true);
  });
});
