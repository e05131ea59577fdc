"use client";

import type { Node, NodeProps, NodeTypes } from "@xyflow/react";
import { memo } from "react";
import { NodeCardView, type TPathMark } from "@/components/journey-editor/nodes/node-card-view";
import { NODE_TYPES, type TJourneyNode } from "@/lib/journey/graph";

export type TPreviewFlowNode = Node<{ node: TJourneyNode; path?: TPathMark }, TJourneyNode["type"]>;

/** The editor's card, read-only, with the preview's visit numbers and dimming. */
function PreviewNodeCardImpl({ data }: NodeProps<TPreviewFlowNode>) {
  return <NodeCardView node={data.node} path={data.path} />;
}

export const PreviewNodeCard = memo(PreviewNodeCardImpl);

// Declared once at module level: React Flow re-mounts every node if this object changes.
export const previewNodeTypes: NodeTypes = Object.fromEntries(NODE_TYPES.map((type) => [type, PreviewNodeCard]));
