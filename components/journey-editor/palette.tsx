"use client";

import { NODE_TYPES } from "@/lib/journey/graph";
import { nodeRegistry } from "@/lib/journey/registry";
import type { TNodeType } from "./flow-state";
import { CATEGORY_ACCENT } from "./node-colors";
import { NodeIcon } from "./node-icon";

export const DRAG_MIME = "application/x-waymark-node";

/** Node types to drag onto the canvas, or click to add after the selected node. */
export function Palette({ onAdd }: { onAdd: (type: TNodeType) => void }) {
  return (
    <aside aria-label="Node palette" className="flex w-56 shrink-0 flex-col gap-1 overflow-y-auto border-r border-slate-200 bg-white p-3">
      <p className="px-1 pb-1 text-xs font-semibold uppercase tracking-wide text-slate-500">Add a step</p>
      <p className="px-1 pb-2 text-xs text-slate-500">Drag onto the canvas, or click to add after the selected step.</p>
      {NODE_TYPES.map((type) => {
        const d = nodeRegistry[type];
        const accent = CATEGORY_ACCENT[d.category] ?? CATEGORY_ACCENT.flow!;
        return (
          <button
            key={type}
            type="button"
            draggable
            onDragStart={(event) => {
              event.dataTransfer.setData(DRAG_MIME, type);
              event.dataTransfer.effectAllowed = "move";
            }}
            onClick={() => onAdd(type)}
            aria-label={`Add ${d.label}`}
            data-testid={`palette-${type}`}
            className="group flex cursor-grab items-start gap-2 rounded-md border border-transparent px-2 py-1.5 text-left hover:border-slate-200 hover:bg-slate-50 active:cursor-grabbing"
          >
            <span className={`mt-0.5 flex size-6 shrink-0 items-center justify-center rounded ${accent.icon}`}>
              <NodeIcon name={d.icon} className="size-3.5" />
            </span>
            <span className="min-w-0">
              <span className="block text-sm font-medium text-slate-800">{d.label}</span>
              <span className="block text-[11px] leading-snug text-slate-500">{d.description}</span>
            </span>
          </button>
        );
      })}
    </aside>
  );
}
