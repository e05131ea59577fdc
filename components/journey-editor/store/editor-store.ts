/**
 * The editor's one zustand store: React Flow's node/edge arrays (selection, drag positions), the
 * undo history of documents (graph + settings), save state and the latest validation issues.
 *
 * The history's present document is the truth that gets validated and saved; React Flow's arrays
 * are derived from it after every edit (reusing unchanged objects) and run ahead of it only while a
 * drag is in progress, which is committed as one step when the drag ends.
 */
import { applyEdgeChanges, applyNodeChanges, type EdgeChange, type NodeChange } from "@xyflow/react";
import { createStore, type StoreApi } from "zustand/vanilla";
import { createNode, type TJourneyGraph } from "@/lib/journey/graph";
import type { TNodeType } from "@/lib/journey/registry";
import type { TJourneySettings } from "@/lib/journey/settings";
import type { TValidationIssue } from "@/lib/journey/validate";
import type { TFlowEdge, TFlowNode } from "../flow-state";
import { copySelection, pasteClip, PASTE_OFFSET, type TClip } from "./clipboard-ops";
import type { TEditorDoc } from "./editor-doc";
import { addNode, autoLayout, connectNodes, deleteElements, insertNodeOnEdge, moveNodes, updateNodeData, type TConnection, type TPoint } from "./graph-ops";
import { commit, createHistory, redo, undo, type THistory } from "./history";
import { syncFlowEdges, syncFlowNodes } from "./sync-flow";

export type TSaveStatus = { kind: "idle" } | { kind: "saving" } | { kind: "error"; message: string } | { kind: "conflict" };
export type TIssueCount = { errors: number; warnings: number };
export type THighlight = "added" | "changed";

export type TEditorInit = {
  journeyId: string;
  name: string;
  status: string;
  liveVersion: number | null;
  revision: number;
  readOnly: boolean;
  graph: TJourneyGraph;
  settings: TJourneySettings;
};

export type TEditorActions = {
  onNodesChange(changes: NodeChange<TFlowNode>[]): void;
  onEdgesChange(changes: EdgeChange<TFlowEdge>[]): void;
  addNodeOfType(type: TNodeType, position: TPoint, afterId?: string): string;
  insertOnEdge(edgeId: string, type: TNodeType, position: TPoint): string;
  connect(connection: TConnection): void;
  deleteSelection(): void;
  deleteNodes(ids: string[]): void;
  copy(): number;
  paste(): string[];
  duplicate(): string[];
  updateNodeData(nodeId: string, data: unknown): void;
  updateSettings(settings: TJourneySettings): void;
  layout(): void;
  replaceDoc(doc: TEditorDoc): void;
  undo(): void;
  redo(): void;
  select(nodeIds: string[]): void;
  selectAll(): void;
  setIssues(issues: TValidationIssue[]): void;
  setHighlight(highlight: Record<string, THighlight> | null): void;
  setSave(save: TSaveStatus): void;
  markSaved(doc: TEditorDoc, revision: number): void;
  resetTo(doc: TEditorDoc, revision: number): void;
  setJourneyMeta(meta: Partial<Pick<TEditorState, "name" | "status" | "liveVersion" | "revision">>): void;
};

export type TEditorState = Omit<TEditorInit, "graph" | "settings"> & {
  nodes: TFlowNode[];
  edges: TFlowEdge[];
  history: THistory<TEditorDoc>;
  /** The document the server holds (as of `revision`); dirty = `history.present !== savedDoc`. */
  savedDoc: TEditorDoc;
  save: TSaveStatus;
  issues: TValidationIssue[];
  issueCounts: Record<string, TIssueCount>;
  /** False until the first validation result arrives (it runs in a worker). */
  issuesChecked: boolean;
  /** Steps the version-history drawer marks on the canvas. */
  highlight: Record<string, THighlight> | null;
  clip: TClip | null;
  pasteCount: number;
  actions: TEditorActions;
};

export type TEditorStore = StoreApi<TEditorState>;

type TApplyOptions = { select?: string[]; coalesceKey?: string };

function countIssues(issues: readonly TValidationIssue[]): Record<string, TIssueCount> {
  const counts: Record<string, TIssueCount> = {};
  for (const issue of issues) {
    if (!issue.nodeId) continue;
    const count = (counts[issue.nodeId] ??= { errors: 0, warnings: 0 });
    if (issue.severity === "error") count.errors++;
    else count.warnings++;
  }
  return counts;
}

const selectedNodeIds = (nodes: readonly TFlowNode[]) => nodes.filter((n) => n.selected).map((n) => n.id);

/** A store for one open journey. */
export function createEditorStore(init: TEditorInit): TEditorStore {
  const { graph, settings, ...meta } = init;
  const doc: TEditorDoc = { graph, settings };
  const flowSynced = syncFlowNodes([], graph);
  return createStore<TEditorState>()((set, get) => {
    /** Commits `next` as one undo step and re-derives the canvas from it. */
    const applyDoc = (next: TEditorDoc, options: TApplyOptions = {}) => {
      const state = get();
      if (state.readOnly || next === state.history.present) return;
      const select = options.select ? new Set(options.select) : undefined;
      set({
        history: commit(state.history, next, { coalesceKey: options.coalesceKey }),
        nodes: syncFlowNodes(state.nodes, next.graph, select),
        edges: syncFlowEdges(state.edges, next.graph, select ? new Set() : undefined),
      });
    };
    const applyGraph = (next: TJourneyGraph, options?: TApplyOptions) => {
      const present = get().history.present;
      if (next !== present.graph) applyDoc({ ...present, graph: next }, options);
      else if (options?.select) get().actions.select(options.select);
    };
    const present = () => get().history.present.graph;
    /** Drag positions become one undo step (React Flow reports `dragging: false` when a drag ends). */
    const commitPositions = () => {
      const positions = new Map(get().nodes.map((n) => [n.id, n.position]));
      applyGraph(moveNodes(present(), positions));
    };
    const showDoc = (history: THistory<TEditorDoc>) => {
      const state = get();
      set({ history, nodes: syncFlowNodes(state.nodes, history.present.graph), edges: syncFlowEdges(state.edges, history.present.graph) });
    };

    const actions: TEditorActions = {
      onNodesChange(changes) {
        // Deletions go through deleteSelection (one undo step, history-aware), never through here.
        const kept = changes.filter((c) => c.type !== "remove" && c.type !== "add" && c.type !== "replace");
        if (kept.length === 0) return;
        set({ nodes: applyNodeChanges(kept, get().nodes) });
        if (kept.some((c) => c.type === "position" && c.dragging === false)) commitPositions();
      },
      onEdgesChange(changes) {
        const kept = changes.filter((c) => c.type === "select");
        if (kept.length > 0) set({ edges: applyEdgeChanges(kept, get().edges) });
      },
      addNodeOfType(type, position, afterId) {
        const node = createNode(type, position);
        applyGraph(addNode(present(), node, afterId), { select: [node.id] });
        return node.id;
      },
      insertOnEdge(edgeId, type, position) {
        const node = createNode(type, position);
        applyGraph(insertNodeOnEdge(present(), edgeId, node), { select: [node.id] });
        return node.id;
      },
      connect(connection) {
        applyGraph(connectNodes(present(), connection));
      },
      deleteSelection() {
        const { nodes, edges } = get();
        applyGraph(deleteElements(present(), { nodeIds: selectedNodeIds(nodes), edgeIds: edges.filter((e) => e.selected).map((e) => e.id) }));
      },
      deleteNodes(ids) {
        applyGraph(deleteElements(present(), { nodeIds: ids }));
      },
      copy() {
        const clip = copySelection(present(), selectedNodeIds(get().nodes));
        if (clip) set({ clip, pasteCount: 0 });
        return clip?.nodes.length ?? 0;
      },
      paste() {
        const { clip, pasteCount } = get();
        if (!clip || get().readOnly) return [];
        const n = pasteCount + 1;
        const result = pasteClip(present(), clip, { x: PASTE_OFFSET.x * n, y: PASTE_OFFSET.y * n });
        set({ pasteCount: n });
        applyGraph(result.graph, { select: result.pastedIds });
        return result.pastedIds;
      },
      duplicate() {
        const clip = copySelection(present(), selectedNodeIds(get().nodes));
        if (!clip) return [];
        const result = pasteClip(present(), clip, PASTE_OFFSET);
        applyGraph(result.graph, { select: result.pastedIds });
        return result.pastedIds;
      },
      updateNodeData(nodeId, data) {
        applyGraph(updateNodeData(present(), nodeId, data), { coalesceKey: `data:${nodeId}` });
      },
      updateSettings(next) {
        const current = get().history.present;
        if (next !== current.settings) applyDoc({ ...current, settings: next }, { coalesceKey: "settings" });
      },
      layout() {
        applyGraph(autoLayout(present()));
      },
      replaceDoc(next) {
        applyDoc(next, { select: [] });
      },
      undo() {
        if (!get().readOnly) showDoc(undo(get().history));
      },
      redo() {
        if (!get().readOnly) showDoc(redo(get().history));
      },
      select(nodeIds) {
        const state = get();
        const ids = new Set(nodeIds);
        set({ nodes: syncFlowNodes(state.nodes, state.history.present.graph, ids), edges: syncFlowEdges(state.edges, state.history.present.graph, new Set()) });
      },
      selectAll() {
        get().actions.select(get().nodes.map((n) => n.id));
      },
      setIssues(issues) {
        set({ issues, issueCounts: countIssues(issues), issuesChecked: true });
      },
      setHighlight(highlight) {
        set({ highlight });
      },
      setSave(save) {
        set({ save });
      },
      markSaved(saved, revision) {
        set({ savedDoc: saved, revision, save: { kind: "idle" } });
      },
      resetTo(next, revision) {
        const state = get();
        set({
          history: createHistory(next),
          savedDoc: next,
          revision,
          save: { kind: "idle" },
          nodes: syncFlowNodes(state.nodes, next.graph),
          edges: syncFlowEdges(state.edges, next.graph),
        });
      },
      setJourneyMeta(patch) {
        set(patch);
      },
    };

    return {
      ...meta,
      nodes: flowSynced,
      edges: syncFlowEdges([], graph),
      history: createHistory(doc),
      savedDoc: doc,
      save: { kind: "idle" },
      issues: [],
      issueCounts: {},
      issuesChecked: false,
      highlight: null,
      clip: null,
      pasteCount: 0,
      actions,
    };
  });
}
