"use client";

import clsx from "clsx";
import { CircleCheck, CircleX, LoaderCircle, Route, Trash2 } from "lucide-react";
import Link from "next/link";
import { IconButton } from "@/components/ui/icon-button";
import type { TJourneyGraph } from "@/lib/journey/graph";
import type { TTestCase, TTestCaseOutcome } from "@/lib/preview/preview-schemas";
import { describeDifference } from "./case-difference";

export type TCaseStatus = { kind: "running" } | { kind: "done"; outcome: TTestCaseOutcome } | { kind: "notRun" };

function who(input: TTestCase["input"]): string {
  const events = input.events?.length ?? 0;
  return `${input.profileId ? (input.profile ? "Real customer, edited" : "Real customer") : "Hypothetical customer"} · ${events === 1 ? "1 event" : `${events} events`}`;
}

/** One saved case: its name and setup, whether it passes, and where its path first differs. */
export function TestCaseRow({ journeyId, testCase, status, graph, onDelete }: { journeyId: string; testCase: TTestCase; status: TCaseStatus; graph: TJourneyGraph; onDelete: (() => void) | null }) {
  const outcome = status.kind === "done" ? status.outcome : null;
  const difference = outcome ? describeDifference(graph, outcome) : null;
  return (
    <tr data-testid="test-case" data-status={status.kind === "done" ? (outcome?.passed ? "passed" : "failed") : status.kind} className="align-top">
      <td className="px-4 py-3">
        <p className="font-medium text-slate-900">{testCase.name}</p>
        <p className="text-xs text-slate-500">
          {who(testCase.input)} · expects {testCase.expected.length === 1 ? "1 decision" : `${testCase.expected.length} decisions`}
        </p>
      </td>
      <td className="px-4 py-3">
        {status.kind === "running" ? (
          <span className="flex items-center gap-1 text-xs text-slate-500">
            <LoaderCircle className="size-3.5 animate-spin" aria-hidden /> running
          </span>
        ) : status.kind === "notRun" ? (
          <span className="text-xs text-slate-400">not run</span>
        ) : (
          <span className={clsx("inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset", outcome?.passed ? "bg-emerald-50 text-emerald-800 ring-emerald-200" : "bg-red-50 text-red-800 ring-red-200")} data-testid="case-result">
            {outcome?.passed ? <CircleCheck className="size-3.5" aria-hidden /> : <CircleX className="size-3.5" aria-hidden />}
            {outcome?.passed ? "passes" : "fails"}
          </span>
        )}
      </td>
      <td className="px-4 py-3 text-xs text-slate-700" data-testid="case-difference">
        {outcome?.error ? <span className="text-red-800">Could not run: {outcome.error}</span> : (difference ?? (outcome ? <span className="text-slate-400">Same path as saved</span> : null))}
      </td>
      <td className="whitespace-nowrap px-4 py-3 text-right">
        <Link
          href={`/journeys/${journeyId}/preview?case=${encodeURIComponent(testCase.id)}`}
          aria-label={`Open test case ${testCase.name} in the preview`}
          title="Open in the preview: see the path it takes now"
          className="mr-1 inline-flex size-6 items-center justify-center rounded text-slate-500 hover:bg-slate-100 hover:text-slate-800"
        >
          <Route className="size-3.5" aria-hidden />
        </Link>
        {onDelete && (
          <IconButton aria-label={`Delete test case ${testCase.name}`} tone="danger" onClick={onDelete}>
            <Trash2 className="size-3.5" aria-hidden />
          </IconButton>
        )}
      </td>
    </tr>
  );
}
