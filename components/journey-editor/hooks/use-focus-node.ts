"use client";

import { useReactFlow } from "@xyflow/react";
import { useCallback } from "react";
import { NODE_HEIGHT, NODE_WIDTH } from "@/lib/journey/layout";
import type { TFlowEdge, TFlowNode } from "../flow-state";
import { useEditorActions } from "../store/editor-context";

/** Selects a step and glides the viewport to centre it (not zooming out further than needed). */
export function useFocusNode(): (nodeId: string) => void {
  const { getInternalNode, setCenter, getZoom } = useReactFlow<TFlowNode, TFlowEdge>();
  const actions = useEditorActions();
  return useCallback(
    (nodeId: string) => {
      const node = getInternalNode(nodeId);
      if (!node) return;
      actions.select([nodeId]);
      const width = node.measured.width ?? NODE_WIDTH;
      const height = node.measured.height ?? NODE_HEIGHT;
      const { x, y } = node.internals.positionAbsolute;
      void setCenter(x + width / 2, y + height / 2, { zoom: Math.max(getZoom(), 0.9), duration: 300 });
    },
    [getInternalNode, setCenter, getZoom, actions],
  );
}
