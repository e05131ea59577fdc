"use client";

import { addEdge, Background, Controls, MiniMap, ReactFlow, ReactFlowProvider, useEdgesState, useNodesState, useReactFlow, type Connection, type EdgeChange, type NodeChange } from "@xyflow/react";
import { ArrowLeft, Check, CircleAlert, Loader2, Save } from "lucide-react";
import Link from "next/link";
import { useCallback, useEffect, useMemo, useState } from "react";
import { createNode, type TJourneyGraph } from "@/lib/journey/graph";
import { nodeRegistry } from "@/lib/journey/registry";
import { Button } from "@/components/ui/button";
import { StatusBadge } from "@/components/ui/status-badge";
import { flowToGraph, graphToFlow, type TFlowEdge, type TFlowNode, type TNodeType } from "./flow-state";
import { Inspector } from "./inspector";
import { nodeTypes } from "./node-types";
import { DRAG_MIME, Palette } from "./palette";
import { saveJourneyDraft } from "./save-journey";

export interface TEditorJourney {
  id: string;
  name: string;
  status: string;
  revision: number;
  graph: TJourneyGraph;
}

type TSaveState = { kind: "saved" } | { kind: "dirty" } | { kind: "saving" } | { kind: "error"; message: string };

/** The journey canvas: palette, React Flow, inspector, and saving through the JSON API. */
export function JourneyEditor(props: { journey: TEditorJourney; readOnly: boolean }) {
  return (
    <ReactFlowProvider>
      <EditorCanvas {...props} />
    </ReactFlowProvider>
  );
}

function EditorCanvas({ journey, readOnly }: { journey: TEditorJourney; readOnly: boolean }) {
  const initial = useMemo(() => graphToFlow(journey.graph), [journey.graph]);
  const [nodes, setNodes, onNodesChangeBase] = useNodesState<TFlowNode>(initial.nodes);
  const [edges, setEdges, onEdgesChangeBase] = useEdgesState<TFlowEdge>(initial.edges);
  const [revision, setRevision] = useState(journey.revision);
  const [save, setSave] = useState<TSaveState>({ kind: "saved" });
  const { screenToFlowPosition } = useReactFlow();
  const selected = nodes.find((n) => n.selected) ?? null;
  const markDirty = useCallback(() => setSave((s) => (s.kind === "saving" ? s : { kind: "dirty" })), []);

  const onNodesChange = useCallback((changes: NodeChange<TFlowNode>[]) => {
    onNodesChangeBase(changes);
    if (changes.some((c) => c.type === "remove" || c.type === "add" || (c.type === "position" && !c.dragging))) markDirty();
  }, [onNodesChangeBase, markDirty]);

  const onEdgesChange = useCallback((changes: EdgeChange<TFlowEdge>[]) => {
    onEdgesChangeBase(changes);
    if (changes.some((c) => c.type === "remove" || c.type === "add")) markDirty();
  }, [onEdgesChangeBase, markDirty]);

  const onConnect = useCallback((connection: Connection) => {
    if (!connection.sourceHandle || connection.source === connection.target) return;
    // One edge per output: reconnecting an output replaces its previous edge.
    setEdges((current) => addEdge({ ...connection, id: `e-${connection.source}-${connection.sourceHandle}-${connection.target}` }, current.filter((e) => !(e.source === connection.source && e.sourceHandle === connection.sourceHandle))));
    markDirty();
  }, [setEdges, markDirty]);

  const addNode = useCallback((type: TNodeType, position?: { x: number; y: number }) => {
    const anchor = !position ? nodes.find((n) => n.selected) : undefined;
    const at = position ?? (anchor ? { x: anchor.position.x, y: anchor.position.y + 160 } : screenToFlowPosition({ x: window.innerWidth / 2, y: window.innerHeight / 3 }));
    const node = createNode(type, at);
    setNodes((current) => [...current.map((n) => ({ ...n, selected: false })), { id: node.id, type: node.type, position: node.position, data: { node }, selected: true }]);
    if (anchor) {
      // Clicking a palette item with a step selected appends after it, on its first free output.
      const used = new Set(edges.filter((e) => e.source === anchor.id).map((e) => e.sourceHandle));
      const free = nodeRegistry[anchor.data.node.type].handles(anchor.data.node.data as never).find((h) => !used.has(h.id));
      if (free) setEdges((current) => [...current, { id: `e-${anchor.id}-${free.id}-${node.id}`, source: anchor.id, sourceHandle: free.id, target: node.id }]);
    }
    markDirty();
  }, [nodes, edges, setNodes, setEdges, screenToFlowPosition, markDirty]);

  const deleteNode = useCallback((id: string) => {
    setNodes((current) => current.filter((n) => n.id !== id));
    setEdges((current) => current.filter((e) => e.source !== id && e.target !== id));
    markDirty();
  }, [setNodes, setEdges, markDirty]);

  const saveNow = useCallback(async () => {
    if (readOnly) return;
    setSave({ kind: "saving" });
    const result = await saveJourneyDraft(journey.id, flowToGraph(nodes, edges), revision);
    if (result.ok) {
      setRevision(result.revision);
      setSave({ kind: "saved" });
    } else setSave({ kind: "error", message: result.status === 409 ? "Someone else saved this journey meanwhile. Reload to see their version (copy your changes first)." : result.error });
  }, [readOnly, journey.id, nodes, edges, revision]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "s") {
        event.preventDefault();
        void saveNow();
      }
    };
    const onLeave = (event: BeforeUnloadEvent) => {
      if (save.kind === "dirty" || save.kind === "error") event.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    window.addEventListener("beforeunload", onLeave);
    return () => {
      window.removeEventListener("keydown", onKey);
      window.removeEventListener("beforeunload", onLeave);
    };
  }, [saveNow, save.kind]);

  return (
    <div className="flex h-full flex-col">
      <header className="flex items-center gap-3 border-b border-slate-200 bg-white px-4 py-2.5">
        <Link href="/journeys" className="rounded p-1 text-slate-500 hover:bg-slate-100 hover:text-slate-800" aria-label="Back to journeys">
          <ArrowLeft className="size-4" />
        </Link>
        <h1 className="truncate text-base font-semibold">{journey.name}</h1>
        <StatusBadge status={journey.status} />
        <div className="ml-auto flex items-center gap-3">
          {!readOnly && <SaveIndicator state={save} />}
          {!readOnly && (
            <Button variant="primary" onClick={() => void saveNow()} disabled={save.kind === "saving" || save.kind === "saved"} title="Save (Ctrl+S)">
              <Save className="size-4" aria-hidden /> Save
            </Button>
          )}
        </div>
      </header>
      {readOnly && (
        <div role="status" className="border-b border-sky-200 bg-sky-50 px-4 py-2 text-sm text-sky-900">
          <strong>Read-only.</strong> Your analyst role can view this journey but not change it.
        </div>
      )}
      <div className="flex min-h-0 flex-1">
        {!readOnly && <Palette onAdd={(type) => addNode(type)} />}
        <div
          className="min-w-0 flex-1"
          onDragOver={(event) => {
            if (event.dataTransfer.types.includes(DRAG_MIME)) {
              event.preventDefault();
              event.dataTransfer.dropEffect = "move";
            }
          }}
          onDrop={(event) => {
            const type = event.dataTransfer.getData(DRAG_MIME) as TNodeType;
            if (readOnly || !type || !(type in nodeRegistry)) return;
            event.preventDefault();
            addNode(type, screenToFlowPosition({ x: event.clientX - 120, y: event.clientY - 30 }));
          }}
          data-testid="journey-canvas"
        >
          <ReactFlow<TFlowNode, TFlowEdge>
            nodes={nodes}
            edges={edges}
            nodeTypes={nodeTypes}
            onNodesChange={onNodesChange}
            onEdgesChange={onEdgesChange}
            onConnect={onConnect}
            nodesDraggable={!readOnly}
            nodesConnectable={!readOnly}
            edgesReconnectable={false}
            deleteKeyCode={readOnly ? null : ["Backspace", "Delete"]}
            defaultEdgeOptions={{ type: "smoothstep" }}
            fitView
            fitViewOptions={{ padding: 0.25, maxZoom: 1 }}
            proOptions={{ hideAttribution: true }}
          >
            <Background gap={20} color="#e2e8f0" />
            <Controls showInteractive={false} />
            <MiniMap pannable zoomable className="!bg-white" />
          </ReactFlow>
        </div>
        <Inspector node={selected} readOnly={readOnly} onDelete={deleteNode} />
      </div>
    </div>
  );
}

function SaveIndicator({ state }: { state: TSaveState }) {
  const common = "flex items-center gap-1.5 text-sm";
  if (state.kind === "saving") return <span role="status" className={`${common} text-slate-500`}><Loader2 className="size-4 animate-spin" aria-hidden /> Saving…</span>;
  if (state.kind === "dirty") return <span role="status" className={`${common} text-amber-700`}>Unsaved changes</span>;
  if (state.kind === "error") return <span role="alert" className={`${common} max-w-md text-red-700`}><CircleAlert className="size-4 shrink-0" aria-hidden /> {state.message}</span>;
  return <span role="status" className={`${common} text-emerald-700`}><Check className="size-4" aria-hidden /> Saved</span>;
}
