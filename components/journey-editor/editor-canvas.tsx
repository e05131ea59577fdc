"use client";

import { Background, Controls, MiniMap, ReactFlow, SelectionMode, useReactFlow, type Connection, type Edge, type MiniMapNodeProps } from "@xyflow/react";
import { forwardRef, useCallback, type DragEvent } from "react";
import { nodeRegistry, isNodeType } from "@/lib/journey/registry";
import { NODE_HEIGHT, NODE_WIDTH } from "@/lib/journey/layout";
import { edgeAtPoint, markDropTarget } from "./drop-on-edge";
import type { TFlowEdge, TFlowNode } from "./flow-state";
import { CATEGORY_HEX } from "./node-colors";
import { nodeTypes } from "./node-types";
import { DRAG_MIME } from "./palette";
import { useEditor, useEditorActions, useEditorStoreApi } from "./store/editor-context";
import { connectionProblem } from "./store/graph-ops";

const DEFAULT_EDGE_OPTIONS = { type: "smoothstep", interactionWidth: 24 } as const;
const FIT_VIEW_OPTIONS = { padding: 0.2, maxZoom: 1 } as const;
const PRO_OPTIONS = { hideAttribution: true } as const;
const PAN_BUTTONS = [1, 2];
const MULTI_SELECT_KEYS = ["Meta", "Control"];
const MINIMAP_SIZE = { width: 168, height: 112 };
/** Where a dropped card lands relative to the pointer: centred horizontally, grabbed near its top. */
const DROP_GRAB_Y = 30;

function miniMapColor(node: TFlowNode): string {
  return CATEGORY_HEX[nodeRegistry[node.data.node.type].category] ?? "#94a3b8";
}

function MiniMapNodeShape({ x, y, width, height, color }: MiniMapNodeProps) {
  return <rect x={x} y={y} width={width} height={height} rx={8} fill={color} />;
}

/**
 * React Flow wired to the editor store. Drag frames update only React Flow's arrays; the store
 * commits one undo step when a drag ends. Palette steps dropped onto a connection are inserted
 * into it.
 */
export const EditorCanvas = forwardRef<HTMLDivElement, { readOnly: boolean }>(function EditorCanvas({ readOnly }, ref) {
  const nodes = useEditor((s) => s.nodes);
  const edges = useEditor((s) => s.edges);
  const actions = useEditorActions();
  const store = useEditorStoreApi();
  const { screenToFlowPosition } = useReactFlow<TFlowNode, TFlowEdge>();

  const onConnect = useCallback(
    (c: Connection) => {
      if (c.sourceHandle) actions.connect({ source: c.source, sourceHandle: c.sourceHandle, target: c.target });
    },
    [actions],
  );
  const isValidConnection = useCallback(
    (c: Connection | Edge) => Boolean(c.sourceHandle) && connectionProblem(store.getState().history.present.graph, { source: c.source, sourceHandle: c.sourceHandle ?? "", target: c.target }) === null,
    [store],
  );

  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes(DRAG_MIME)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = "move";
    markDropTarget(edgeAtPoint(event.clientX, event.clientY));
  }, []);
  const onDrop = useCallback(
    (event: DragEvent) => {
      markDropTarget(undefined);
      const type = event.dataTransfer.getData(DRAG_MIME);
      if (readOnly || !isNodeType(type)) return;
      event.preventDefault();
      const point = screenToFlowPosition({ x: event.clientX, y: event.clientY });
      const edgeId = edgeAtPoint(event.clientX, event.clientY);
      // On an edge the card centres on the connection line; elsewhere it hangs from the pointer.
      const position = { x: point.x - NODE_WIDTH / 2, y: point.y - (edgeId ? NODE_HEIGHT / 2 : DROP_GRAB_Y) };
      if (edgeId) actions.insertOnEdge(edgeId, type, position);
      else actions.addNodeOfType(type, position);
    },
    [readOnly, screenToFlowPosition, actions],
  );

  return (
    <div ref={ref} className="relative min-h-0 min-w-0 flex-1" onDragOver={onDragOver} onDragLeave={() => markDropTarget(undefined)} onDrop={onDrop} data-testid="journey-canvas">
      <ReactFlow<TFlowNode, TFlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={actions.onNodesChange}
        onEdgesChange={actions.onEdgesChange}
        onConnect={onConnect}
        isValidConnection={isValidConnection}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        edgesReconnectable={false}
        // Deleting goes through the store (one undo step); see the editor's shortcuts.
        deleteKeyCode={null}
        selectionOnDrag={!readOnly}
        selectionMode={SelectionMode.Partial}
        panOnDrag={readOnly ? true : PAN_BUTTONS}
        panActivationKeyCode="Space"
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        defaultEdgeOptions={DEFAULT_EDGE_OPTIONS}
        minZoom={0.1}
        maxZoom={2}
        fitView
        fitViewOptions={FIT_VIEW_OPTIONS}
        proOptions={PRO_OPTIONS}
      >
        <Background gap={20} color="#e2e8f0" />
        <Controls showInteractive={false} showFitView={false} />
        <MiniMap<TFlowNode> pannable zoomable nodeColor={miniMapColor} nodeComponent={MiniMapNodeShape} className="!bg-white" style={MINIMAP_SIZE} ariaLabel="Mini map" />
      </ReactFlow>
    </div>
  );
});
