"use client";

import { useEffect, useMemo, useState } from "react";
import type { TJourneyGraph } from "@/lib/journey/graph";
import type { TPreviewContextData } from "@/lib/journeys-editor/load-preview-context";
import type { TPreviewVersion } from "@/lib/preview/preview-schemas";
import { eventNamesIn, journeyChannels, messageSteps, triggerEventName } from "./graph-facts";
import { newEventRow } from "./events-panel";
import { formFromCaseInput } from "./case-form";
import { pathMarks } from "./path-marks";
import { listTestCases } from "./preview-api";
import { PreviewCanvas } from "./preview-canvas";
import { buildPreviewRequest, caseInputOf, expectedStepsOf, initialPreviewForm, type TPreviewForm } from "./preview-form";
import { PreviewHeader } from "./preview-header";
import { PreviewInputs } from "./preview-inputs";
import { PreviewResults } from "./preview-results";
import { SaveCaseDialog } from "./save-case-dialog";
import { StepControls } from "./step-controls";
import { usePreviewRun } from "./use-preview-run";

const versionLabel = (version: TPreviewVersion, live: number | null) => (version === "draft" ? "Draft" : `v${version}${version === live ? " (live)" : ""}`);

/**
 * The path preview: one customer (real, edited or made up) through the draft or a published
 * version on a virtual clock. Inputs on the left, the path on the canvas, every decision on the
 * right; every edit re-runs it. Read-only for everyone; saving it as a test case needs write access.
 */
export function JourneyPreview({ context, canWrite, caseId = null }: { context: TPreviewContextData; canWrite: boolean; caseId?: string | null }) {
  const { journey, draft, versions, topics, templateNames } = context;
  const [form, setForm] = useState<TPreviewForm>(() => {
    const trigger = triggerEventName(draft);
    return initialPreviewForm(trigger ? [newEventRow(trigger)] : []);
  });
  const [comparing, setComparing] = useState(false);
  const [cursor, setCursor] = useState<number | null>(null);
  const [saving, setSaving] = useState(false);
  const [caseNote, setCaseNote] = useState<string | null>(null);
  const update = (patch: Partial<TPreviewForm>) => setForm((previous) => ({ ...previous, ...patch }));

  useEffect(() => {
    if (!caseId) return;
    let cancelled = false;
    void listTestCases(journey.id).then((result) => {
      if (cancelled) return;
      const found = result.ok ? result.data.cases.find((c) => c.id === caseId) : undefined;
      if (found) setForm(formFromCaseInput(found.input));
      setCaseNote(found ? `Showing the test case “${found.name}” as it runs now.` : "That test case no longer exists.");
    });
    return () => {
      cancelled = true;
    };
  }, [caseId, journey.id]);

  const graph: TJourneyGraph = form.version === "draft" ? draft : (versions.find((v) => v.version === form.version)?.graph ?? draft);
  const facts = useMemo(
    () => ({ steps: messageSteps(graph, templateNames), channels: journeyChannels(graph), events: eventNamesIn(graph), trigger: triggerEventName(graph) }),
    [graph, templateNames],
  );
  const messageIds = useMemo(() => new Set(facts.steps.map((s) => s.id)), [facts.steps]);
  const built = buildPreviewRequest(form, messageIds);
  const request = built.ok ? built.request : null;

  const live = versions.find((v) => v.live)?.version ?? null;
  const other: TPreviewVersion | null = form.version === "draft" ? live : "draft";
  const compareWith: [TPreviewVersion, TPreviewVersion] | null = comparing && other !== null ? [form.version, other] : null;
  const { preview, compare, profile } = usePreviewRun(journey.id, request, compareWith, form.who === "real" ? (form.profile?.id ?? null) : null);

  const timeZone = form.who === "hypothetical" ? form.hypothetical.timezone || "UTC" : (form.editReal && form.overrides.timezone) || profile?.timezone || "UTC";
  const result = built.ok ? preview.data : null;
  const total = result?.steps.length ?? 0;
  const shown = cursor === null ? total : Math.min(cursor, total);
  const marks = useMemo(() => (result ? pathMarks(graph, result.steps, shown, shown < total || result.stoppedBecause === "until") : null), [graph, result, shown, total]);

  const stepsWord = total === 1 ? "1 decision" : `${total} decisions`;
  // The case pins the start the preview ran from, so what is saved is what is on screen; for a
  // published version the path shown is the expected one (the server would take the draft's).
  const caseBody = request && result && !preview.stale ? { input: { ...caseInputOf(request), start: result.start }, ...(form.version !== "draft" && { expected: expectedStepsOf(result) }) } : null;

  const results = (
    <PreviewResults
      hasCustomer={built.ok}
      preview={preview}
      compare={compareWith ? compare : null}
      compareLabels={compareWith ? [versionLabel(compareWith[0], live), versionLabel(compareWith[1], live)] : ["", ""]}
      shown={shown}
      timeZone={timeZone}
      triggerEvent={facts.trigger}
    />
  );

  return (
    <div className="flex h-full flex-col">
      <PreviewHeader
        journey={journey}
        versions={versions}
        version={form.version}
        onVersion={(version) => {
          update({ version });
          setCursor(null);
        }}
        compareWith={other === null ? null : versionLabel(other, live)}
        comparing={comparing && other !== null}
        onCompare={setComparing}
        updating={built.ok && (preview.stale || (compare?.stale ?? false)) && preview.data !== null}
        onSave={canWrite ? () => setSaving(true) : null}
        canSave={caseBody !== null}
      />
      {caseNote && (
        <p role="status" className="border-b border-sky-200 bg-sky-50 px-4 py-1.5 text-sm text-sky-900">
          {caseNote}
        </p>
      )}
      <div className="flex min-h-0 flex-1">
        <PreviewInputs
          form={form}
          onChange={update}
          channels={facts.channels}
          topics={topics}
          real={profile}
          messageSteps={facts.steps}
          eventSuggestions={facts.events}
          triggerEvent={facts.trigger}
          incompleteEvents={built.ok ? built.incompleteEvents : 0}
        />
        {compareWith ? (
          // Two timelines side by side need the room the canvas has; the canvas returns when comparing stops.
          <section aria-label="Path" className="min-w-0 flex-1 overflow-y-auto bg-white">
            <div className="mx-auto max-w-5xl">{results}</div>
          </section>
        ) : (
          <>
            <div className="relative flex min-w-0 flex-1 flex-col bg-slate-50">
              {result && total > 0 && (
                <div className="flex justify-center border-b border-slate-200 bg-white px-3 py-1.5">
                  <StepControls shown={shown} total={total} onShow={setCursor} />
                </div>
              )}
              <div className="relative min-h-0 flex-1">
                <PreviewCanvas graph={graph} marks={marks} fitKey={String(form.version)} label={`Path through ${versionLabel(form.version, live)}`} />
              </div>
            </div>
            <section aria-label="Path" className="w-[25rem] shrink-0 overflow-y-auto border-l border-slate-200 bg-white">
              {results}
            </section>
          </>
        )}
      </div>
      {saving && caseBody && (
        <SaveCaseDialog
          open
          onClose={() => setSaving(false)}
          journeyId={journey.id}
          body={caseBody}
          defaultName={result ? `${result.profile.label}: ${result.messages.length === 1 ? "1 message" : `${result.messages.length} messages`}` : ""}
          summary={`Who: ${result?.profile.label ?? "—"}; ${form.events.length === 1 ? "1 event" : `${form.events.length} events`}; expected path: ${stepsWord} through ${versionLabel(form.version, live)}.`}
        />
      )}
    </div>
  );
}
