"use client";

import clsx from "clsx";
import { useState } from "react";
import { NODE_TYPES, createNode, type TJourneyNode } from "@/lib/journey/graph";
import { nodeRegistry, type TNodeType } from "@/lib/journey/registry";
import { defaultJourneySettings, ZJourneySettings, type TJourneySettings } from "@/lib/journey/settings";
import { firstZodProblem } from "@/lib/journey/zod-issue";
import { JourneySettingsForm, NodeInspector, type TInspectorContext } from "@/components/journey-editor/inspector/index";
import { PageHeader } from "@/components/ui/page-header";

type TSample = TNodeType | "settings";

/** Sample steps, one per type, with readable ids (the e2e suite reads them back). */
function sampleNodes(): Record<TNodeType, TJourneyNode> {
  return Object.fromEntries(NODE_TYPES.map((type, i) => [type, createNode(type, { x: 0, y: i * 120 }, `sample-${type}`)])) as Record<TNodeType, TJourneyNode>;
}

const CONTEXT: TInspectorContext = {
  templates: [
    { id: "tpl-welcome", name: "Welcome email", channel: "email" },
    { id: "tpl-cart", name: "Cart reminder", channel: "email" },
    { id: "tpl-stock", name: "Back in stock", channel: "push" },
  ],
  segments: [
    { id: "seg-vip", name: "VIP customers" },
    { id: "seg-lapsed", name: "Lapsed buyers" },
  ],
  nodes: [
    { id: "msg-welcome", type: "message", label: "Welcome email" },
    { id: "msg-reminder", type: "message", label: "Cart reminder" },
    { id: "sample-wait", type: "wait", label: "Wait 1 day" },
  ],
};

function schemaCheck(sample: TSample, nodes: Record<TNodeType, TJourneyNode>, settings: TJourneySettings): string {
  const parsed = sample === "settings" ? ZJourneySettings.safeParse(settings) : nodeRegistry[sample].dataSchema.safeParse(nodes[sample].data);
  if (parsed.success) return "valid";
  const problem = firstZodProblem(parsed.error);
  return `invalid: ${problem.path}: ${problem.message}`;
}

/** Every inspector form beside the JSON it emits. */
export function InspectorPlayground({ initial }: { initial: TSample }) {
  const [sample, setSample] = useState<TSample>(initial);
  const [nodes, setNodes] = useState(sampleNodes);
  const [settings, setSettings] = useState<TJourneySettings>(defaultJourneySettings);
  const [readOnly, setReadOnly] = useState(false);
  const [width, setWidth] = useState(320);

  const node = sample === "settings" ? undefined : nodes[sample];
  const graph = { nodes: Object.values(nodes), edges: [] };
  const issues = node ? nodeRegistry[node.type].validate(node as never, { graph, options: { templates: CONTEXT.templates, segments: CONTEXT.segments, settings } }) : [];
  const emitted = node ? node.data : settings;

  return (
    <div className="space-y-5 p-6">
      <PageHeader title="Inspector playground" description="Developer page: each step's form on a sample step, with the data it emits. Not linked from the app." />
      <div className="flex flex-wrap items-center gap-4 text-sm">
        <nav aria-label="Samples" className="flex flex-wrap gap-1">
          {[...NODE_TYPES, "settings" as const].map((s) => (
            <button
              key={s}
              type="button"
              aria-pressed={sample === s}
              onClick={() => setSample(s)}
              className={clsx("rounded-md border px-2.5 py-1 text-xs font-medium", sample === s ? "border-brand-500 bg-brand-50 text-brand-700" : "border-slate-200 bg-white text-slate-700 hover:bg-slate-50")}
            >
              {s === "settings" ? "Journey settings" : nodeRegistry[s].label}
            </button>
          ))}
        </nav>
        <label className="flex items-center gap-1.5 text-xs">
          <input type="checkbox" checked={readOnly} onChange={(e) => setReadOnly(e.target.checked)} /> Read-only
        </label>
        <label className="flex items-center gap-1.5 text-xs">
          Panel width
          <select value={width} onChange={(e) => setWidth(Number(e.target.value))} className="rounded border border-slate-300 px-1 py-0.5">
            {[288, 320, 360].map((w) => (
              <option key={w} value={w}>
                {w} px
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="flex items-start gap-6">
        <aside aria-label="Inspector" style={{ width }} className="shrink-0 rounded-md border border-slate-200 bg-white p-4" data-testid="inspector-panel">
          {node ? (
            <NodeInspector
              key={node.id}
              node={node}
              readOnly={readOnly}
              context={CONTEXT}
              issues={issues}
              onChange={(data) => setNodes((current) => ({ ...current, [node.type]: { ...node, data } as TJourneyNode }))}
            />
          ) : (
            <JourneySettingsForm settings={settings} onChange={setSettings} readOnly={readOnly} context={CONTEXT} />
          )}
        </aside>
        <section className="min-w-0 flex-1 space-y-2">
          <p className="text-xs text-slate-600">
            Schema check: <strong aria-label="Schema check">{schemaCheck(sample, nodes, settings)}</strong>
          </p>
          <pre aria-label="Emitted data" className="max-h-[70vh] overflow-auto rounded-md bg-slate-900 p-3 font-mono text-[11px] leading-relaxed text-slate-100">
            {JSON.stringify(emitted, null, 2)}
          </pre>
        </section>
      </div>
    </div>
  );
}
