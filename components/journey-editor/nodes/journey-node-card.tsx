"use client";

import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import type { TFlowNode } from "../flow-state";
import { useEditor } from "../store/editor-context";
import { NodeCardView } from "./node-card-view";

/**
 * The editor's canvas card: the shared card view with this step's issue counts and version-diff
 * highlight. Memoised and subscribed to primitive slices of the store, so a drag or an edit
 * elsewhere does not re-render it.
 */
function JourneyNodeCardImpl({ id, data, selected }: NodeProps<TFlowNode>) {
  const errors = useEditor((s) => s.issueCounts[id]?.errors ?? 0);
  const warnings = useEditor((s) => s.issueCounts[id]?.warnings ?? 0);
  const highlight = useEditor((s) => s.highlight?.[id]);
  return <NodeCardView node={data.node} selected={selected} errors={errors} warnings={warnings} highlight={highlight} />;
}

export const JourneyNodeCard = memo(JourneyNodeCardImpl);
