"use client";

import { Copy, Trash2 } from "lucide-react";
import { useCallback, useMemo } from "react";
import { Button } from "@/components/ui/button";
import { buildInspectorContext } from "../inspector-context-data";
import { JourneySettingsForm, NodeInspector } from "../inspector";
import type { TInspectorContext } from "../inspector/inspector-context";
import { useEditor, useEditorActions } from "../store/editor-context";
import type { TWorkspaceLookups } from "../workspace-lookups";

/** Ids of the selected steps as one string, so subscribers re-render only when the selection changes. */
const selectedKey = (s: { nodes: readonly { id: string; selected?: boolean }[] }) =>
  s.nodes
    .filter((n) => n.selected)
    .map((n) => n.id)
    .join("\n");

/**
 * The right-hand panel: the selected step's form, a multi-selection summary, or, with nothing
 * selected, the journey's own settings.
 */
export function SidePanel({ readOnly, lookups }: { readOnly: boolean; lookups: TWorkspaceLookups }) {
  const key = useEditor(selectedKey);
  const graphNodes = useEditor((s) => s.history.present.graph.nodes);
  // Rebuilt when steps change, not on drag frames (those do not touch the committed graph).
  const context = useMemo(() => buildInspectorContext(graphNodes, lookups), [graphNodes, lookups]);
  const ids = key === "" ? [] : key.split("\n");
  return (
    <aside aria-label="Inspector" className="w-80 shrink-0 overflow-y-auto border-l border-slate-200 bg-white p-4">
      {ids.length === 0 && <JourneySettingsPanel readOnly={readOnly} context={context} />}
      {ids.length === 1 && <NodePanel nodeId={ids[0]!} readOnly={readOnly} context={context} />}
      {ids.length > 1 && <SelectionSummary count={ids.length} readOnly={readOnly} />}
    </aside>
  );
}

function JourneySettingsPanel({ readOnly, context }: { readOnly: boolean; context: TInspectorContext }) {
  const settings = useEditor((s) => s.history.present.settings);
  const actions = useEditorActions();
  return (
    <div className="space-y-4">
      <div>
        <h2 className="text-base font-semibold">Journey settings</h2>
        <p className="mt-1 text-sm text-slate-600">Apply to the whole journey. Select a step on the canvas to edit the step instead.</p>
      </div>
      <JourneySettingsForm settings={settings} onChange={actions.updateSettings} readOnly={readOnly} context={context} />
    </div>
  );
}

function NodePanel({ nodeId, readOnly, context }: { nodeId: string; readOnly: boolean; context: TInspectorContext }) {
  const stored = useEditor((s) => s.history.present.graph.nodes.find((n) => n.id === nodeId));
  const allIssues = useEditor((s) => s.issues);
  const issues = useMemo(() => allIssues.filter((i) => i.nodeId === nodeId), [allIssues, nodeId]);
  const actions = useEditorActions();
  const onChange = useCallback((data: unknown) => actions.updateNodeData(nodeId, data), [actions, nodeId]);
  if (!stored) return null;
  return (
    <div className="space-y-4">
      <NodeInspector node={stored} onChange={onChange} readOnly={readOnly} context={context} issues={issues} />
      {!readOnly && (
        <div className="flex gap-2 border-t border-slate-200 pt-3">
          <Button size="sm" onClick={() => actions.duplicate()} title="Duplicate step (Ctrl+D)">
            <Copy className="size-3.5" aria-hidden /> Duplicate
          </Button>
          <Button variant="danger" size="sm" onClick={() => actions.deleteNodes([nodeId])} title="Delete step (Delete)">
            <Trash2 className="size-3.5" aria-hidden /> Delete step
          </Button>
        </div>
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
