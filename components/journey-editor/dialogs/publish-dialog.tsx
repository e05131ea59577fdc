"use client";

import { CircleAlert, Loader2, Rocket } from "lucide-react";
import { useEffect, useState } from "react";
import type { TValidationIssue } from "@/lib/journey/validate";
import { Button } from "@/components/ui/button";
import { fetchVersions, publishIssues, publishJourney, type TVersionsResponse } from "../api/journey-api";
import { DiffList, describeDiff } from "../panels/diff-list";
import { useEditor, useEditorStoreApi, usePersistence } from "../store/editor-context";
import { fetchTestImpact } from "@/components/journey-preview/preview-api";
import { Modal } from "./modal";
import { impactNeedsConfirmation, PublishTestImpact, type TImpactState } from "./publish-test-impact";

type TStep =
  | { kind: "preparing" }
  | { kind: "ready"; diff: TVersionsResponse["diff"] }
  | { kind: "publishing"; diff: TVersionsResponse["diff"] }
  | { kind: "refused"; issues: TValidationIssue[]; message: string }
  | { kind: "failed"; message: string };

/**
 * Confirms a publish: saves the draft, shows what changes against the live version and which
 * saved test cases would change outcome (those must be confirmed), then publishes. A refusal
 * (409) lists the server's issues; nothing is published then.
 */
export function PublishDialog({ open, onClose, onPublished }: { open: boolean; onClose: () => void; onPublished: (version: number) => void }) {
  const store = useEditorStoreApi();
  const persistence = usePersistence();
  const journeyId = useEditor((s) => s.journeyId);
  const warnings = useEditor((s) => s.issues.filter((i) => i.severity === "warning").length);
  const [step, setStep] = useState<TStep>({ kind: "preparing" });
  const [impact, setImpact] = useState<TImpactState>({ kind: "loading" });
  const [confirmed, setConfirmed] = useState(false);

  useEffect(() => {
    if (!open) return;
    let cancelled = false;
    const prepare = async () => {
      setStep({ kind: "preparing" });
      setImpact({ kind: "loading" });
      setConfirmed(false);
      await persistence.saveNow();
      const state = store.getState();
      if (state.save.kind === "conflict" || state.save.kind === "error" || state.history.present !== state.savedDoc) {
        if (!cancelled) setStep({ kind: "failed", message: "The draft could not be saved, so it cannot be published yet. Resolve the save problem shown in the header first." });
        return;
      }
      // The impact runs the saved cases against the saved draft, so it starts after the save.
      const [versions, cases] = await Promise.all([fetchVersions(journeyId), fetchTestImpact(journeyId)]);
      if (cancelled) return;
      setImpact(cases.ok ? { kind: "loaded", impact: cases.data } : { kind: "failed", message: cases.error });
      setStep(versions.ok ? { kind: "ready", diff: versions.value.diff } : { kind: "failed", message: versions.error });
    };
    void prepare();
    return () => {
      cancelled = true;
    };
  }, [open, journeyId, persistence, store]);

  const publish = async (diff: TVersionsResponse["diff"]) => {
    setStep({ kind: "publishing", diff });
    const result = await publishJourney(journeyId);
    if (result.ok) {
      const { journey, version } = result.value;
      store.getState().actions.setJourneyMeta({ status: journey.status, liveVersion: version.version, ...(typeof journey.revision === "number" && { revision: journey.revision }) });
      onPublished(version.version);
      onClose();
    } else if (result.status === 409) {
      setStep({ kind: "refused", issues: publishIssues(result.body), message: result.error });
    } else {
      setStep({ kind: "failed", message: result.error });
    }
  };

  const next = step.kind === "ready" || step.kind === "publishing" ? (step.diff.liveVersion ?? 0) + 1 : null;
  return (
    <Modal open={open} onClose={onClose} title={next ? `Publish version ${next}` : "Publish journey"} description="A published version is fixed: customers who enter it finish on it, whatever you change in the draft afterwards.">
      {step.kind === "preparing" && (
        <p role="status" className="flex items-center gap-2 text-sm text-slate-600">
          <Loader2 className="size-4 animate-spin" aria-hidden /> Saving the draft and comparing it with the live version…
        </p>
      )}
      {(step.kind === "ready" || step.kind === "publishing") && (
        <div className="space-y-4">
          <p className="text-sm text-slate-700" data-testid="publish-diff-summary">
            {step.diff.liveVersion === null ? "This is the first version: every step goes live." : `Compared with v${step.diff.liveVersion}: ${describeDiff(step.diff)}.`}
          </p>
          {step.diff.liveVersion !== null && <DiffList diff={step.diff} />}
          {step.diff.unchanged && <p className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700">The draft is identical to v{step.diff.liveVersion}, so there is nothing to publish. Edit the draft first.</p>}
          {warnings > 0 && <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">{warnings === 1 ? "1 warning remains" : `${warnings} warnings remain`}; they do not block publishing.</p>}
          {!step.diff.unchanged && <PublishTestImpact state={impact} journeyId={journeyId} confirmed={confirmed} onConfirm={setConfirmed} />}
          <div className="flex justify-end gap-2">
            <Button variant="ghost" onClick={onClose}>
              Cancel
            </Button>
            <Button variant="primary" onClick={() => void publish(step.diff)} disabled={step.kind === "publishing" || step.diff.unchanged || (impactNeedsConfirmation(impact) && !confirmed)}>
              {step.kind === "publishing" ? <Loader2 className="size-4 animate-spin" aria-hidden /> : <Rocket className="size-4" aria-hidden />} Publish v{next}
            </Button>
          </div>
        </div>
      )}
      {step.kind === "refused" && (
        <div role="alert" className="space-y-2">
          <p className="flex items-center gap-2 text-sm font-medium text-red-800">
            <CircleAlert className="size-4" aria-hidden /> Not published: {step.message}
          </p>
          <ul className="space-y-1.5 text-sm">
            {step.issues.map((issue, i) => (
              <li key={i} className="rounded-md bg-red-50 px-3 py-2">
                <span className="text-red-900">{issue.message}</span>
                <span className="block text-red-800/80">Fix: {issue.fix}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {step.kind === "failed" && (
        <p role="alert" className="flex items-start gap-2 text-sm text-red-800">
          <CircleAlert className="mt-0.5 size-4 shrink-0" aria-hidden /> {step.message}
        </p>
      )}
    </Modal>
  );
}
