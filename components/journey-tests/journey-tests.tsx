"use client";

import { ArrowLeft, CircleAlert, FlaskConical, Play } from "lucide-react";
import Link from "next/link";
import { useCallback, useEffect, useState } from "react";
import { JourneyTabs } from "@/components/journey-preview/journey-tabs";
import { deleteTestCase, listTestCases, runTestCases } from "@/components/journey-preview/preview-api";
import { Button } from "@/components/ui/button";
import { ListTable } from "@/components/ui/list-table";
import { StatusBadge } from "@/components/ui/status-badge";
import type { TJourneyGraph } from "@/lib/journey/graph";
import type { TRunTestCasesResult, TTestCase } from "@/lib/preview/preview-schemas";
import { TestCaseRow, type TCaseStatus } from "./test-case-row";

type TLoad = { kind: "loading" } | { kind: "failed"; message: string } | { kind: "loaded"; cases: TTestCase[] };
type TRun = { kind: "idle" } | { kind: "running" } | { kind: "done"; result: TRunTestCasesResult } | { kind: "failed"; message: string };

const COLUMNS = [
  { label: "Case", className: "w-[34%]" },
  { label: "Result", className: "w-28" },
  { label: "First difference" },
  { label: "Actions", hidden: true, className: "w-24" },
] as const;

/**
 * The journey's saved preview cases, rerun against the draft when the page opens and on "Run
 * all": which pass, and where a failing one's path first differs from what was saved.
 */
export function JourneyTests({ journey, graph, canWrite }: { journey: { id: string; name: string; status: string }; graph: TJourneyGraph; canWrite: boolean }) {
  const [load, setLoad] = useState<TLoad>({ kind: "loading" });
  const [run, setRun] = useState<TRun>({ kind: "idle" });
  const [notice, setNotice] = useState<string | null>(null);

  const runAll = useCallback(async () => {
    setRun({ kind: "running" });
    const result = await runTestCases(journey.id, "draft");
    setRun(result.ok ? { kind: "done", result: result.data } : { kind: "failed", message: result.error });
  }, [journey.id]);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const result = await listTestCases(journey.id);
      if (cancelled) return;
      setLoad(result.ok ? { kind: "loaded", cases: result.data.cases } : { kind: "failed", message: result.error });
      if (result.ok && result.data.cases.length > 0) await runAll();
    })();
    return () => {
      cancelled = true;
    };
  }, [journey.id, runAll]);

  const remove = async (testCase: TTestCase) => {
    if (!window.confirm(`Delete the test case “${testCase.name}”? This cannot be undone.`)) return;
    const result = await deleteTestCase(journey.id, testCase.id);
    if (!result.ok) return setNotice(`Could not delete “${testCase.name}”: ${result.error}`);
    setLoad((previous) => (previous.kind === "loaded" ? { kind: "loaded", cases: previous.cases.filter((c) => c.id !== testCase.id) } : previous));
    setNotice(`Deleted “${testCase.name}”.`);
  };

  const statusOf = (testCase: TTestCase): TCaseStatus => {
    if (run.kind === "running") return { kind: "running" };
    const outcome = run.kind === "done" ? run.result.cases.find((c) => c.id === testCase.id) : undefined;
    return outcome ? { kind: "done", outcome } : { kind: "notRun" };
  };
  const cases = load.kind === "loaded" ? load.cases : [];

  return (
    <div className="flex h-full flex-col">
      <header className="flex items-center gap-3 border-b border-slate-200 bg-white px-3 py-2">
        <Link href={`/journeys/${journey.id}`} className="rounded p-1 text-slate-500 hover:bg-slate-100 hover:text-slate-800" aria-label="Back to the editor" title="Back to the editor">
          <ArrowLeft className="size-4" aria-hidden />
        </Link>
        <h1 className="min-w-0 truncate text-base font-semibold text-slate-900" title={journey.name}>
          <span className="sr-only">Test cases: </span>
          {journey.name}
        </h1>
        <StatusBadge status={journey.status} />
        <JourneyTabs journeyId={journey.id} current="tests" />
        <div className="ml-auto">
          <Button size="sm" variant="primary" onClick={() => void runAll()} disabled={run.kind === "running" || cases.length === 0}>
            <Play className="size-3.5" aria-hidden /> Run all
          </Button>
        </div>
      </header>
      <div className="min-h-0 flex-1 overflow-y-auto p-6">
        <div className="mx-auto max-w-6xl space-y-4">
        <p className="max-w-3xl text-sm text-slate-600">Each case is a customer, a timeline and the path the preview showed when it was saved. They run against the draft without sending anything; publishing warns when a change would alter one. The API runs them too (<code className="font-mono text-xs">POST /api/v1/journeys/{journey.id}/tests/run</code>), so your CI can.</p>
        {run.kind === "running" && (
          <div role="progressbar" aria-label="Running test cases" aria-valuetext={`Running ${cases.length === 1 ? "1 case" : `${cases.length} cases`}`} className="space-y-1">
            <p className="text-xs text-slate-600">Running {cases.length === 1 ? "1 case" : `${cases.length} cases`} against the draft…</p>
            <div className="h-1.5 overflow-hidden rounded-full bg-slate-100">
              <div className="h-full w-1/3 animate-[pulse_1s_ease-in-out_infinite] rounded-full bg-brand-500" />
            </div>
          </div>
        )}
        {run.kind === "done" && (
          <p role="status" className={run.result.failed > 0 ? "text-sm font-medium text-red-800" : "text-sm font-medium text-emerald-800"} data-testid="run-summary">
            {run.result.failed > 0
              ? `${run.result.failed} of ${run.result.cases.length} failing against the draft`
              : run.result.cases.length === 1
                ? "The case passes against the draft"
                : `All ${run.result.cases.length} pass against the draft`}
          </p>
        )}
        {(run.kind === "failed" || load.kind === "failed") && (
          <p role="alert" className="flex items-center gap-1.5 text-sm text-red-800">
            <CircleAlert className="size-4" aria-hidden /> {run.kind === "failed" ? `The cases could not run: ${run.message}. Try “Run all” again.` : load.kind === "failed" ? `The cases could not be loaded: ${load.message}. Reload the page.` : null}
          </p>
        )}
        {notice && <p role="status" className="text-sm text-slate-700">{notice}</p>}
        {load.kind === "loading" && <p className="text-sm text-slate-500">Loading test cases…</p>}
        {load.kind === "loaded" && cases.length === 0 && (
          <div className="flex flex-col items-center gap-2 rounded-xl border border-dashed border-slate-300 bg-white px-6 py-12 text-center">
            <FlaskConical className="size-8 text-slate-300" aria-hidden />
            <p className="font-medium text-slate-800">No test cases yet</p>
            <p className="max-w-md text-sm text-slate-600">Open the preview, pick a customer and the events you expect, then “Save as test case”.</p>
            <Link href={`/journeys/${journey.id}/preview`} className="mt-1 text-sm font-medium text-brand-700 hover:underline">
              Open the preview
            </Link>
          </div>
        )}
        {cases.length > 0 && (
          <ListTable columns={COLUMNS} fixed>
            {cases.map((testCase) => (
              <TestCaseRow key={testCase.id} journeyId={journey.id} testCase={testCase} status={statusOf(testCase)} graph={graph} onDelete={canWrite ? () => void remove(testCase) : null} />
            ))}
          </ListTable>
        )}
        </div>
      </div>
    </div>
  );
}
