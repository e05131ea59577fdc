"use client";

import { ArrowLeft, GitCompareArrows, LoaderCircle, Save } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { SelectInput } from "@/components/ui/form-controls";
import { StatusBadge } from "@/components/ui/status-badge";
import type { TPreviewVersion } from "@/lib/preview/preview-schemas";
import { JourneyTabs } from "./journey-tabs";

type TProps = {
  journey: { id: string; name: string; status: string };
  versions: { version: number; live: boolean }[];
  version: TPreviewVersion;
  onVersion: (version: TPreviewVersion) => void;
  /** the version compared against, or null when there is none to compare with */
  compareWith: string | null;
  comparing: boolean;
  onCompare: (on: boolean) => void;
  updating: boolean;
  /** null for read-only members (saving cases needs journey write permission) */
  onSave: (() => void) | null;
  canSave: boolean;
};

/** The preview's bar: back to the editor, the journey's tabs, which version runs, comparing, saving as a case. */
export function PreviewHeader({ journey, versions, version, onVersion, compareWith, comparing, onCompare, updating, onSave, canSave }: TProps) {
  return (
    <header className="flex items-center gap-3 border-b border-slate-200 bg-white px-3 py-2">
      <Link href={`/journeys/${journey.id}`} className="rounded p-1 text-slate-500 hover:bg-slate-100 hover:text-slate-800" aria-label="Back to the editor" title="Back to the editor">
        <ArrowLeft className="size-4" aria-hidden />
      </Link>
      <h1 className="min-w-0 truncate text-base font-semibold text-slate-900" title={journey.name}>
        <span className="sr-only">Path preview: </span>
        {journey.name}
      </h1>
      <StatusBadge status={journey.status} />
      <JourneyTabs journeyId={journey.id} current="preview" />
      <span className={updating ? "flex shrink-0 items-center gap-1 text-xs text-slate-500" : "invisible flex shrink-0 items-center gap-1 text-xs"} aria-hidden={!updating} data-testid="preview-updating" data-active={updating || undefined}>
        <LoaderCircle className="size-3.5 animate-spin" aria-hidden /> Updating
      </span>
      <div className="ml-auto flex shrink-0 items-center gap-2">
        <label className="flex items-center gap-1.5 text-xs text-slate-600">
          Version
          <SelectInput size="xs" value={String(version)} onChange={(e) => onVersion(e.target.value === "draft" ? "draft" : Number(e.target.value))} className="w-28">
            <option value="draft">Draft</option>
            {versions.map((v) => (
              <option key={v.version} value={v.version}>
                v{v.version}
                {v.live ? " (live)" : ""}
              </option>
            ))}
          </SelectInput>
        </label>
        <Button size="sm" aria-pressed={comparing} disabled={!compareWith} onClick={() => onCompare(!comparing)} title={compareWith ? `Run the same customer through ${compareWith} beside this one` : "Publish a version first to compare the draft with it"} className={comparing ? "border-brand-500 bg-brand-50 text-brand-700" : undefined}>
          <GitCompareArrows className="size-3.5" aria-hidden /> {compareWith ? `Compare with ${compareWith}` : "Compare"}
        </Button>
        {onSave && (
          <Button size="sm" variant="primary" onClick={onSave} disabled={!canSave} title={canSave ? "Save this preview as a test case" : "Run a preview first"}>
            <Save className="size-3.5" aria-hidden /> Save as test case
          </Button>
        )}
      </div>
    </header>
  );
}
