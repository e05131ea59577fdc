"use client";

import { Background, Controls, ReactFlow, type Edge } from "@xyflow/react";
import { useMemo } from "react";
import type { TJourneyGraph } from "@/lib/journey/graph";
import type { TPathMarks } from "./path-marks";
import { previewNodeTypes, type TPreviewFlowNode } from "./preview-node-card";
import "./preview.css";

const FIT_VIEW_OPTIONS = { padding: 0.15, maxZoom: 1 } as const;
const PRO_OPTIONS = { hideAttribution: true } as const;

/**
 * The journey on the canvas, read-only, with a preview's path drawn on it: the editor's own
 * cards (numbered where visited, dimmed where never reached) and the taken connections in green.
 * `fitKey` refits the view when another version's graph is shown.
 */
export function PreviewCanvas({ graph, marks, fitKey, label }: { graph: TJourneyGraph; marks: TPathMarks | null; fitKey: string; label: string }) {
  const nodes = useMemo<TPreviewFlowNode[]>(
    () => graph.nodes.map((node) => ({ id: node.id, type: node.type, position: node.position, data: { node, ...(marks && { path: marks.nodes[node.id] }) }, draggable: false, selectable: false, connectable: false })),
    [graph, marks],
  );
  const edges = useMemo<Edge[]>(
    () =>
      graph.edges.map((edge) => ({
        id: edge.id,
        source: edge.source,
        sourceHandle: edge.sourceHandle,
        target: edge.target,
        type: "smoothstep",
        selectable: false,
        focusable: false,
        ...(marks && { className: `waymark-path-${marks.edges[edge.id] ?? "untaken"}`, zIndex: marks.edges[edge.id] === "taken" ? 1 : 0 }),
      })),
    [graph, marks],
  );
  return (
    <div className="waymark-preview relative h-full min-h-0 w-full" role="region" aria-label={label} data-testid="preview-canvas">
      <ReactFlow<TPreviewFlowNode, Edge>
        key={fitKey}
        nodes={nodes}
        edges={edges}
        nodeTypes={previewNodeTypes}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
        edgesFocusable={false}
        nodesFocusable={false}
        minZoom={0.1}
        maxZoom={1.5}
        fitView
        fitViewOptions={FIT_VIEW_OPTIONS}
        proOptions={PRO_OPTIONS}
      >
        <Background gap={20} color="#e2e8f0" />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}
