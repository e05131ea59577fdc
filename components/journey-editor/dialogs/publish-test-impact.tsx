"use client";

import { FlaskConical, TriangleAlert } from "lucide-react";
import Link from "next/link";
import { CheckboxField } from "@/components/ui/form-controls";
import type { TTestImpact } from "@/lib/preview/preview-schemas";

export type TImpactState = { kind: "loading" } | { kind: "loaded"; impact: TTestImpact } | { kind: "failed"; message: string };

/** Whether publishing must be confirmed: some saved case's path differs under the draft. */
export function impactNeedsConfirmation(state: TImpactState): boolean {
  return state.kind === "loaded" && state.impact.failing.length > 0;
}

/**
 * The saved test cases in the publish dialog: those whose outcome publishing would change
 * (passing on the live version, failing on the draft) first, then those failing anyway, and a
 * checkbox to publish regardless.
 */
export function PublishTestImpact({ state, journeyId, confirmed, onConfirm }: { state: TImpactState; journeyId: string; confirmed: boolean; onConfirm: (confirmed: boolean) => void }) {
  if (state.kind === "loading") return <p className="text-xs text-slate-500">Checking the saved test cases…</p>;
  if (state.kind === "failed") return <p className="text-xs text-amber-800">The saved test cases could not be checked ({state.message}); publishing is still possible.</p>;
  const { impact } = state;
  if (impact.total === 0) return null;
  if (impact.failing.length === 0) {
    return (
      <p className="flex items-center gap-1.5 text-xs text-emerald-800" data-testid="publish-tests-ok">
        <FlaskConical className="size-3.5" aria-hidden /> All {impact.total === 1 ? "1 test case passes" : `${impact.total} test cases pass`} on the draft.
      </p>
    );
  }
  const broken = impact.changed.filter((c) => c.passedLive && !c.passedDraft);
  const fixed = impact.changed.filter((c) => !c.passedLive && c.passedDraft);
  const brokenIds = new Set(broken.map((c) => c.id));
  const alsoFailing = impact.failing.filter((c) => !brokenIds.has(c.id));
  const live = impact.liveVersion === null ? "before publishing" : `on v${impact.liveVersion}`;
  return (
    <div role="alert" className="space-y-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2.5 text-sm text-amber-950" data-testid="publish-test-impact">
      <p className="flex items-center gap-1.5 font-medium">
        <TriangleAlert className="size-4" aria-hidden />
        {broken.length > 0
          ? `${broken.length === 1 ? "1 test case would change outcome" : `${broken.length} test cases would change outcome`}`
          : `${impact.failing.length === 1 ? "1 test case fails" : `${impact.failing.length} test cases fail`} on the draft`}
      </p>
      {broken.length > 0 && (
        <ul className="list-disc space-y-0.5 pl-5 text-[13px]" aria-label="Cases that would change outcome">
          {broken.map((c) => (
            <li key={c.id}>
              {c.name} <span className="text-amber-800">(passes {live}, fails on the draft)</span>
            </li>
          ))}
        </ul>
      )}
      {alsoFailing.length > 0 && (
        <ul className="list-disc space-y-0.5 pl-5 text-[13px]" aria-label="Cases failing on the draft">
          {alsoFailing.map((c) => (
            <li key={c.id}>
              {c.name} <span className="text-amber-800">({impact.liveVersion === null ? "fails on the draft" : `already fails on v${impact.liveVersion}`})</span>
            </li>
          ))}
        </ul>
      )}
      {fixed.length > 0 && (
        <p className="text-[13px] text-emerald-800">
          Publishing fixes {fixed.map((c) => `“${c.name}”`).join(", ")} (fails {live}, passes on the draft).
        </p>
      )}
      <Link href={`/journeys/${journeyId}/tests`} className="block text-xs font-medium text-amber-950 underline">
        See where their paths differ on the Tests tab
      </Link>
      <CheckboxField label="Publish anyway: these customers' paths change" checked={confirmed} onCheckedChange={onConfirm} />
    </div>
  );
}
