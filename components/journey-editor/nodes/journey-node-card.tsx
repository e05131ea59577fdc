"use client";

import clsx from "clsx";
import { Handle, Position, type NodeProps } from "@xyflow/react";
import { memo } from "react";
import { nodeRegistry } from "@/lib/journey/registry";
import type { TFlowNode } from "../flow-state";
import { CATEGORY_ACCENT } from "../node-colors";
import { NodeIcon } from "../node-icon";

/**
 * The canvas card every node type renders with: icon, label, a one-line summary from the
 * registry, an input on top (not for triggers) and one labelled output per handle.
 */
function JourneyNodeCardImpl({ data, selected }: NodeProps<TFlowNode>) {
  const node = data.node;
  const definition = nodeRegistry[node.type];
  const handles = definition.handles(node.data as never);
  const accent = CATEGORY_ACCENT[definition.category] ?? CATEGORY_ACCENT.flow!;
  return (
    <div
      className={clsx("relative w-60 rounded-lg border bg-white shadow-sm transition-shadow", selected ? "border-brand-500 ring-2 ring-brand-500/30" : "border-slate-200 hover:shadow-md")}
      data-testid={`node-${node.type}`}
      aria-label={`${definition.label} node`}
    >
      <div className={clsx("absolute inset-y-0 left-0 w-1 rounded-l-lg", accent.bar)} aria-hidden />
      {node.type !== "trigger" && <Handle type="target" position={Position.Top} className="!size-3 !border-2 !border-white !bg-slate-400" />}
      <div className="flex items-start gap-2.5 py-2.5 pl-4 pr-3">
        <span className={clsx("mt-0.5 flex size-7 shrink-0 items-center justify-center rounded-md", accent.icon)}>
          <NodeIcon name={definition.icon} className="size-4" />
        </span>
        <div className="min-w-0">
          <p className="text-[11px] font-semibold uppercase tracking-wide text-slate-500">{definition.label}</p>
          <p className="line-clamp-2 text-sm text-slate-800">{definition.summarize(node.data as never)}</p>
        </div>
      </div>
      {handles.length > 0 && (
        <div className="flex justify-around border-t border-slate-100 px-2 pb-1.5 pt-1">
          {handles.map((h) => (
            <span key={h.id} className="relative text-[10px] font-medium text-slate-500">
              {handles.length > 1 ? h.label : "\u00a0"}
            </span>
          ))}
        </div>
      )}
      {handles.map((h, i) => (
        <Handle
          key={h.id}
          id={h.id}
          type="source"
          position={Position.Bottom}
          style={{ left: `${((i + 0.5) / handles.length) * 100}%` }}
          className="!size-3 !border-2 !border-white !bg-brand-500"
          aria-label={`${h.label} output`}
        />
      ))}
    </div>
  );
}

export const JourneyNodeCard = memo(JourneyNodeCardImpl);
