"use client";

import { Copy, Trash2 } from "lucide-react";
import { nodeRegistry } from "@/lib/journey/registry";
import { Button } from "@/components/ui/button";
import { NodeIcon } from "../node-icon";
import { useEditor, useEditorActions } from "../store/editor-context";
import type { TWorkspaceLookups } from "../workspace-lookups";
import { SettingsSummary } from "./settings-summary";

/** Ids of the selected steps as one string, so subscribers re-render only when the selection changes. */
const selectedKey = (s: { nodes: readonly { id: string; selected?: boolean }[] }) =>
  s.nodes
    .filter((n) => n.selected)
    .map((n) => n.id)
    .join("\n");

/**
 * The right-hand panel: the selected step's details, a multi-selection summary, or, with nothing
 * selected, the journey's own settings.
 */
export function SidePanel({ readOnly, lookups }: { readOnly: boolean; lookups: TWorkspaceLookups }) {
  const key = useEditor(selectedKey);
  const ids = key === "" ? [] : key.split("\n");
  return (
    <aside aria-label="Inspector" className="w-80 shrink-0 overflow-y-auto border-l border-slate-200 bg-white p-4">
      {ids.length === 0 && <JourneySettingsPanel lookups={lookups} />}
      {ids.length === 1 && <NodeDetails nodeId={ids[0]!} readOnly={readOnly} />}
      {ids.length > 1 && <SelectionSummary count={ids.length} readOnly={readOnly} />}
    </aside>
  );
}

function JourneySettingsPanel({ lookups }: { lookups: TWorkspaceLookups }) {
  const settings = useEditor((s) => s.history.present.settings);
  const segmentName = (id: string) => lookups.segments.find((s) => s.id === id)?.name;
  return (
    <div className="space-y-4">
      <div>
        <h2 className="text-base font-semibold">Journey settings</h2>
        <p className="mt-1 text-sm text-slate-600">Apply to the whole journey. Select a step on the canvas to see its own settings.</p>
      </div>
      <SettingsSummary settings={settings} segmentName={segmentName} />
    </div>
  );
}

function NodeDetails({ nodeId, readOnly }: { nodeId: string; readOnly: boolean }) {
  const stored = useEditor((s) => s.history.present.graph.nodes.find((n) => n.id === nodeId));
  const actions = useEditorActions();
  if (!stored) return null;
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
        <Button variant="danger" size="sm" onClick={() => actions.deleteNodes([nodeId])} title="Delete step (Delete)">
          <Trash2 className="size-3.5" aria-hidden /> Delete step
        </Button>
      )}
    </div>
  );
}

function SelectionSummary({ count, readOnly }: { count: number; readOnly: boolean }) {
  const actions = useEditorActions();
  return (
    <div className="space-y-3">
      <h2 className="text-base font-semibold">{count} steps selected</h2>
      <p className="text-sm text-slate-600">Drag any of them to move them together. Copy with Ctrl+C and paste with Ctrl+V: connections between them come along.</p>
      {!readOnly && (
        <div className="flex gap-2">
          <Button size="sm" onClick={() => actions.duplicate()} title="Duplicate (Ctrl+D)">
            <Copy className="size-3.5" aria-hidden /> Duplicate
          </Button>
          <Button variant="danger" size="sm" onClick={() => actions.deleteSelection()} title="Delete (Delete)">
            <Trash2 className="size-3.5" aria-hidden /> Delete {count} steps
          </Button>
        </div>
      )}
    </div>
  );
}
