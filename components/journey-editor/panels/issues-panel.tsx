"use client";

import clsx from "clsx";
import { ChevronDown, ChevronUp, CircleAlert, CircleCheck, TriangleAlert } from "lucide-react";
import { nodeRegistry } from "@/lib/journey/registry";
import type { TValidationIssue } from "@/lib/journey/validate";
import { useEditor } from "../store/editor-context";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** "2 errors, 1 warning", "No issues". */
export function describeIssueCounts(issues: readonly TValidationIssue[]): string {
  const errors = issues.filter((i) => i.severity === "error").length;
  const warnings = issues.length - errors;
  if (issues.length === 0) return "No issues";
  return [errors && plural(errors, "error"), warnings && plural(warnings, "warning")].filter(Boolean).join(", ");
}

/**
 * Everything validation found, live, with the suggested fix under each message. Clicking an issue
 * selects and centres its step (or, for journey-wide issues, shows the journey settings).
 */
export function IssuesPanel({ open, onToggle, onFocusIssue }: { open: boolean; onToggle: () => void; onFocusIssue: (issue: TValidationIssue) => void }) {
  const issues = useEditor((s) => s.issues);
  const checked = useEditor((s) => s.issuesChecked);
  const nodes = useEditor((s) => s.history.present.graph.nodes);
  const errors = issues.some((i) => i.severity === "error");
  const labelOf = (nodeId: string | undefined) => {
    const node = nodeId ? nodes.find((n) => n.id === nodeId) : undefined;
    return node ? nodeRegistry[node.type].label : "Journey";
  };
  return (
    <section aria-label="Issues" className="shrink-0 border-t border-slate-200 bg-white">
      <button
        type="button"
        onClick={onToggle}
        aria-expanded={open}
        aria-controls="issues-list"
        title="Show or hide issues (Shift+I)"
        className="flex w-full items-center gap-2 px-4 py-2 text-left text-sm hover:bg-slate-50"
      >
        {issues.length === 0 ? <CircleCheck className="size-4 text-emerald-600" aria-hidden /> : errors ? <CircleAlert className="size-4 text-red-600" aria-hidden /> : <TriangleAlert className="size-4 text-amber-500" aria-hidden />}
        <span className="font-medium">Issues</span>
        <span className={clsx("text-slate-600", errors && "text-red-700")} data-testid="issue-counts">
          {checked ? describeIssueCounts(issues) : "Checking…"}
        </span>
        {errors && <span className="text-xs text-slate-500">· fix errors to publish</span>}
        <span className="ml-auto text-slate-400">{open ? <ChevronDown className="size-4" aria-hidden /> : <ChevronUp className="size-4" aria-hidden />}</span>
      </button>
      {open && (
        <ul id="issues-list" className="max-h-56 divide-y divide-slate-100 overflow-y-auto border-t border-slate-100">
          {checked && issues.length === 0 && <li className="px-4 py-3 text-sm text-slate-600">Nothing to fix: this journey can be published.</li>}
          {issues.map((issue, i) => (
            <li key={`${issue.code}-${issue.nodeId ?? ""}-${i}`}>
              <button type="button" onClick={() => onFocusIssue(issue)} className="flex w-full items-start gap-2.5 px-4 py-2 text-left hover:bg-slate-50" aria-label={`${issue.severity === "error" ? "Error" : "Warning"} on ${labelOf(issue.nodeId)}: ${issue.message}`}>
                {issue.severity === "error" ? <CircleAlert className="mt-0.5 size-4 shrink-0 text-red-600" aria-hidden /> : <TriangleAlert className="mt-0.5 size-4 shrink-0 text-amber-500" aria-hidden />}
                <span className="min-w-0 text-sm">
                  <span className="mr-1.5 rounded bg-slate-100 px-1.5 py-0.5 text-[11px] font-medium text-slate-600">{labelOf(issue.nodeId)}</span>
                  <span className="text-slate-900">{issue.message}</span>
                  <span className="mt-0.5 block text-slate-600">
                    <span className="font-medium text-slate-700">Fix: </span>
                    {issue.fix}
                  </span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
