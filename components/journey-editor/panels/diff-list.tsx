"use client";

import clsx from "clsx";
import { Minus, Pencil, Plus } from "lucide-react";
import { getNodeDefinition } from "@/lib/journey/registry";
import type { TDiffEntry, TVersionsResponse } from "../api/journey-api";

const KINDS = [
  { key: "added", title: "Added", Icon: Plus, tone: "text-emerald-700 bg-emerald-50" },
  { key: "changed", title: "Changed", Icon: Pencil, tone: "text-amber-800 bg-amber-50" },
  { key: "removed", title: "Removed", Icon: Minus, tone: "text-red-700 bg-red-50" },
] as const;

/** "2 added, 1 changed, 0 removed". */
export function describeDiff(diff: TVersionsResponse["diff"]): string {
  return `${diff.added.length} added, ${diff.changed.length} changed, ${diff.removed.length} removed`;
}

/**
 * Steps the draft adds, changes and removes compared with the live version. Added and changed
 * steps are on the canvas, so clicking one focuses it; removed ones exist only in the live version.
 */
export function DiffList({ diff, onFocus }: { diff: TVersionsResponse["diff"]; onFocus?: (nodeId: string) => void }) {
  const empty = diff.added.length + diff.changed.length + diff.removed.length === 0;
  if (empty) return <p className="text-sm text-slate-600">No step differs from the live version{diff.unchanged ? "." : " (only positions or journey settings changed)."}</p>;
  return (
    <div className="space-y-3">
      {KINDS.map(({ key, title, Icon, tone }) => {
        const entries: TDiffEntry[] = diff[key];
        if (entries.length === 0) return null;
        return (
          <section key={key} aria-label={`${title} steps`}>
            <h4 className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-500">
              {title} ({entries.length})
            </h4>
            <ul className="space-y-1">
              {entries.map((entry) => {
                const label = getNodeDefinition(entry.type)?.label ?? entry.type;
                const content = (
                  <>
                    <span className={clsx("flex size-5 shrink-0 items-center justify-center rounded", tone)}>
                      <Icon className="size-3" aria-hidden />
                    </span>
                    <span className="min-w-0">
                      <span className="block text-xs font-medium text-slate-500">{label}</span>
                      <span className="block truncate text-sm text-slate-800">{entry.summary}</span>
                      {entry.previousSummary && <span className="block truncate text-xs text-slate-500">was: {entry.previousSummary}</span>}
                    </span>
                  </>
                );
                return (
                  <li key={entry.id}>
                    {onFocus && key !== "removed" ? (
                      <button type="button" onClick={() => onFocus(entry.id)} className="flex w-full items-start gap-2 rounded-md px-1.5 py-1 text-left hover:bg-slate-50" aria-label={`${title}: ${label}, ${entry.summary}. Show on canvas`}>
                        {content}
                      </button>
                    ) : (
                      <div className="flex items-start gap-2 px-1.5 py-1">{content}</div>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
