"use client";

import { CircleAlert, TriangleAlert } from "lucide-react";
import type { JSX } from "react";
import type { TJourneyNode } from "@/lib/journey/graph";
import { nodeRegistry, type TNodeType } from "@/lib/journey/registry";
import type { TValidationIssue } from "@/lib/journey/validation/types";
import { NodeIcon } from "../node-icon";
import type { TNodeForm } from "./form-props";
import { formRegistry } from "./form-registry";
import type { TInspectorContext } from "./inspector-context";

export type { TInspectorContext } from "./inspector-context";
export { JourneySettingsForm } from "./journey-settings-form";

export type TNodeInspectorProps = {
  node: TJourneyNode;
  /** The node's complete new data after each edit. */
  onChange: (data: TJourneyNode["data"]) => void;
  readOnly: boolean;
  context: TInspectorContext;
  /** This node's validation findings, shown under the form with their fixes. */
  issues?: TValidationIssue[];
};

/**
 * The inspector for one step: what it is (icon, name, description, id, outputs), its typed form,
 * and its validation issues. Read-only disables every control through one `fieldset`.
 */
export function NodeInspector({ node, onChange, readOnly, context, issues }: TNodeInspectorProps): JSX.Element {
  const definition = nodeRegistry[node.type];
  // The registry pairs each type with its form, but TS cannot correlate `node.type` with `node.data`
  // through an indexed access, so the form is widened once here.
  const Form = formRegistry[node.type] as unknown as TNodeForm<TNodeType>;
  const outputs = definition.handles(node.data as never);
  return (
    <div className="space-y-4" data-node-type={node.type}>
      <header className="space-y-1.5">
        <div className="flex items-center gap-2">
          <span className="flex size-7 shrink-0 items-center justify-center rounded-md bg-brand-50 text-brand-700">
            <NodeIcon name={definition.icon} className="size-4" />
          </span>
          <h2 className="min-w-0 flex-1 truncate text-base font-semibold text-slate-900">{definition.label}</h2>
        </div>
        <p className="text-xs leading-snug text-slate-600">{definition.description}</p>
        <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-2 gap-y-0.5 text-[11px] text-slate-500">
          <dt className="font-medium text-slate-600">Step id</dt>
          <dd className="truncate font-mono" aria-label="Step id">
            {node.id}
          </dd>
          <dt className="font-medium text-slate-600">Outputs</dt>
          <dd>{outputs.length > 0 ? outputs.map((h) => h.label || h.id).join(", ") : "none (the journey ends here)"}</dd>
        </dl>
      </header>
      <fieldset disabled={readOnly} aria-label={`${definition.label} settings`} className="min-w-0 border-t border-slate-200 pt-3">
        <Form key={node.id} nodeId={node.id} data={node.data} onChange={onChange} readOnly={readOnly} context={context} />
      </fieldset>
      {issues && issues.length > 0 && <IssueList issues={issues} />}
    </div>
  );
}

function IssueList({ issues }: { issues: TValidationIssue[] }) {
  return (
    <section aria-label="Step issues" className="space-y-1.5 border-t border-slate-200 pt-3">
      <h3 className="text-[11px] font-semibold uppercase tracking-wide text-slate-500">
        {issues.length} {issues.length === 1 ? "issue" : "issues"} to fix
      </h3>
      <ul className="space-y-1.5">
        {issues.map((issue, index) => {
          const error = issue.severity === "error";
          const Icon = error ? CircleAlert : TriangleAlert;
          return (
            <li key={`${issue.code}-${index}`} className={error ? "flex gap-1.5 rounded-md bg-red-50 p-2 text-xs text-red-900" : "flex gap-1.5 rounded-md bg-amber-50 p-2 text-xs text-amber-900"}>
              <Icon className="mt-0.5 size-3.5 shrink-0" aria-label={error ? "Error" : "Warning"} />
              <div className="min-w-0">
                <p className="font-medium">{issue.message}</p>
                <p className="mt-0.5 text-[11px] opacity-80">{issue.fix}</p>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
