"use client";

import { Trash2 } from "lucide-react";
import { nodeRegistry } from "@/lib/journey/registry";
import { Button } from "@/components/ui/button";
import type { TFlowNode } from "./flow-state";
import { NodeIcon } from "./node-icon";

/** Right-hand panel: what the selected step does. Typed forms per node type come with the full editor. */
export function Inspector({ node, readOnly, onDelete }: { node: TFlowNode | null; readOnly: boolean; onDelete: (id: string) => void }) {
  return (
    <aside aria-label="Inspector" className="w-72 shrink-0 overflow-y-auto border-l border-slate-200 bg-white p-4">
      {!node ? (
        <div className="text-sm text-slate-500">
          <p className="font-medium text-slate-700">Nothing selected</p>
          <p className="mt-1">Click a step on the canvas to see its settings. Connect steps by dragging from a step’s bottom dot to another step.</p>
        </div>
      ) : (
        <NodeDetails node={node} readOnly={readOnly} onDelete={onDelete} />
      )}
    </aside>
  );
}

function NodeDetails({ node, readOnly, onDelete }: { node: TFlowNode; readOnly: boolean; onDelete: (id: string) => void }) {
  const stored = node.data.node;
  const definition = nodeRegistry[stored.type];
  const handles = definition.handles(stored.data as never);
  return (
    <div className="space-y-4">
      <div className="flex items-center gap-2">
        <NodeIcon name={definition.icon} className="size-5 text-brand-600" />
        <h2 className="text-base font-semibold">{definition.label}</h2>
      </div>
      <p className="text-sm text-slate-600">{definition.description}</p>
      <dl className="space-y-2 text-sm">
        <div>
          <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">Does</dt>
          <dd className="text-slate-800">{definition.summarize(stored.data as never)}</dd>
        </div>
        <div>
          <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">Outputs</dt>
          <dd className="text-slate-800">{handles.length ? handles.map((h) => h.label).join(", ") : "none (journey ends here)"}</dd>
        </div>
        <div>
          <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">Step id</dt>
          <dd className="font-mono text-xs text-slate-600">{stored.id}</dd>
        </div>
      </dl>
      {!readOnly && (
        <Button variant="danger" size="sm" onClick={() => onDelete(node.id)}>
          <Trash2 className="size-3.5" aria-hidden /> Delete step
        </Button>
      )}
    </div>
  );
}
