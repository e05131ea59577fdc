import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NODE_TYPES, type TJourneyGraph } from "@/lib/journey/graph";
import { nodeHandles } from "@/lib/journey/registry";
import { defaultJourneySettings } from "@/lib/journey/settings";
import { linearJourney } from "@/lib/journey/testing/fixtures";
import { flowToGraph } from "../flow-state";
import { createEditorStore, type TEditorStore } from "./editor-store";
import { canUndo } from "./history";

function openEditor(graph: TJourneyGraph = linearJourney()): TEditorStore {
  return createEditorStore({ journeyId: "j1", name: "Test", status: "draft", liveVersion: null, revision: 1, readOnly: false, graph, settings: defaultJourneySettings() });
}

/** What React Flow reports while the pointer drags a node by (dx, dy) in `steps` frames. */
function drag(store: TEditorStore, id: string, dx: number, dy: number, steps = 10) {
  const start = store.getState().nodes.find((n) => n.id === id)!.position;
  for (let i = 1; i <= steps; i++) {
    const position = { x: start.x + (dx * i) / steps, y: start.y + (dy * i) / steps };
    store.getState().actions.onNodesChange([{ type: "position", id, position, dragging: true }]);
  }
  const end = store.getState().nodes.find((n) => n.id === id)!.position;
  store.getState().actions.onNodesChange([{ type: "position", id, position: end, dragging: false }]);
}

const present = (store: TEditorStore) => store.getState().history.present.graph;
const canvasGraph = (store: TEditorStore) => flowToGraph(store.getState().nodes, store.getState().edges);

describe("editor store history", () => {
  it("records a whole drag as one undo step, and nothing until the drag ends", () => {
    const store = openEditor();
    const before = present(store);
    store.getState().actions.onNodesChange([{ type: "position", id: "email", position: { x: 500, y: 500 }, dragging: true }]);
    expect(store.getState().history.past).toHaveLength(0);
    expect(present(store)).toBe(before);
    drag(store, "email", 120, 80, 30);
    expect(store.getState().history.past).toHaveLength(1);
    store.getState().actions.undo();
    expect(present(store)).toEqual(before);
    expect(canvasGraph(store)).toEqual(before);
  });

  it("does not record selection changes", () => {
    const store = openEditor();
    store.getState().actions.onNodesChange([{ type: "select", id: "email", selected: true }]);
    store.getState().actions.select(["trigger", "done"]);
    expect(canUndo(store.getState().history)).toBe(false);
    expect(store.getState().nodes.filter((n) => n.selected).map((n) => n.id)).toEqual(["trigger", "done"]);
  });

  it("undoes a delete and redoes it", () => {
    const store = openEditor();
    store.getState().actions.select(["email"]);
    store.getState().actions.deleteSelection();
    expect(present(store).nodes.map((n) => n.id)).toEqual(["trigger", "done"]);
    store.getState().actions.undo();
    expect(present(store)).toEqual(linearJourney());
    store.getState().actions.redo();
    expect(canvasGraph(store).nodes.map((n) => n.id)).toEqual(["trigger", "done"]);
  });

  it("pastes as one step that selects the copies", () => {
    const store = openEditor();
    store.getState().actions.select(["email", "done"]);
    expect(store.getState().actions.copy()).toBe(2);
    const pasted = store.getState().actions.paste();
    expect(pasted).toHaveLength(2);
    expect(store.getState().nodes.filter((n) => n.selected).map((n) => n.id)).toEqual(pasted);
    expect(store.getState().history.past).toHaveLength(1);
  });

  it("keeps untouched canvas nodes as the same objects after an edit", () => {
    const store = openEditor();
    const before = store.getState().nodes;
    store.getState().actions.updateNodeData("done", { reason: "Finished" });
    const after = store.getState().nodes;
    expect(after[0]).toBe(before[0]);
    expect(after[2]).not.toBe(before[2]);
  });

  it("refuses every edit when read-only", () => {
    const store = createEditorStore({ journeyId: "j", name: "n", status: "draft", liveVersion: null, revision: 1, readOnly: true, graph: linearJourney(), settings: defaultJourneySettings() });
    store.getState().actions.addNodeOfType("wait", { x: 0, y: 0 });
    store.getState().actions.layout();
    expect(present(store)).toEqual(linearJourney());
  });
});

type TOp =
  | { kind: "add"; type: number; x: number; y: number; after: boolean }
  | { kind: "connect"; source: number; handle: number; target: number }
  | { kind: "delete" | "duplicate" | "copyPaste"; pick: number[] }
  | { kind: "insert"; edge: number; type: number }
  | { kind: "drag"; node: number; dx: number; dy: number }
  | { kind: "rename"; node: number; text: string }
  | { kind: "layout" | "undo" | "redo" };

const index = fc.nat({ max: 50 });
const opArbitrary: fc.Arbitrary<TOp> = fc.oneof(
  fc.record({ kind: fc.constant("add" as const), type: index, x: fc.integer({ min: -500, max: 500 }), y: fc.integer({ min: -500, max: 500 }), after: fc.boolean() }),
  fc.record({ kind: fc.constant("connect" as const), source: index, handle: index, target: index }),
  fc.record({ kind: fc.constantFrom("delete" as const, "duplicate" as const, "copyPaste" as const), pick: fc.array(index, { maxLength: 3 }) }),
  fc.record({ kind: fc.constant("insert" as const), edge: index, type: index }),
  fc.record({ kind: fc.constant("drag" as const), node: index, dx: fc.integer({ min: -300, max: 300 }), dy: fc.integer({ min: -300, max: 300 }) }),
  fc.record({ kind: fc.constant("rename" as const), node: index, text: fc.string({ maxLength: 8 }) }),
  fc.record({ kind: fc.constantFrom("layout" as const, "undo" as const, "redo" as const) }),
);

function runOp(store: TEditorStore, op: TOp) {
  const { actions } = store.getState();
  const nodes = present(store).nodes;
  const at = <T>(list: readonly T[], i: number) => (list.length ? list[i % list.length] : undefined);
  const pickIds = (picks: number[]) => picks.map((i) => at(nodes, i)?.id).filter((id): id is string => id !== undefined);
  switch (op.kind) {
    case "add": {
      const anchor = op.after ? at(nodes, op.x & 0xff) : undefined;
      if (anchor) actions.select([anchor.id]);
      actions.addNodeOfType(at(NODE_TYPES, op.type)!, { x: op.x, y: op.y }, anchor?.id);
      return;
    }
    case "connect": {
      const source = at(nodes, op.source);
      const target = at(nodes, op.target);
      const handle = source ? at(nodeHandles(source), op.handle) : undefined;
      if (source && target && handle) actions.connect({ source: source.id, sourceHandle: handle.id, target: target.id });
      return;
    }
    case "delete":
      actions.select(pickIds(op.pick));
      return actions.deleteSelection();
    case "duplicate":
      actions.select(pickIds(op.pick));
      actions.duplicate();
      return;
    case "copyPaste":
      actions.select(pickIds(op.pick));
      actions.copy();
      actions.paste();
      return;
    case "insert": {
      const edge = at(present(store).edges, op.edge);
      if (edge) actions.insertOnEdge(edge.id, at(NODE_TYPES, op.type)!, { x: 0, y: 0 });
      return;
    }
    case "drag": {
      const node = at(nodes, op.node);
      if (node) drag(store, node.id, op.dx, op.dy, 5);
      return;
    }
    case "rename": {
      const node = at(nodes.filter((n) => n.type === "exit"), op.node);
      if (node) actions.updateNodeData(node.id, { reason: op.text });
      return;
    }
    case "layout":
      return actions.layout();
    case "undo":
      return actions.undo();
    case "redo":
      return actions.redo();
  }
}

describe("editor store, any sequence of edits", () => {
  it("returns to the initial graph, on the canvas too, after undoing everything", () => {
    fc.assert(
      fc.property(fc.array(opArbitrary, { maxLength: 40 }), (ops) => {
        const store = openEditor();
        const initial = present(store);
        for (const op of ops) runOp(store, op);
        while (canUndo(store.getState().history)) store.getState().actions.undo();
        expect(present(store)).toBe(initial);
        expect(canvasGraph(store)).toEqual(initial);
      }),
      { numRuns: 150 },
    );
  });
});
