"use client";

import { TitleInput } from "@/components/ui/title-input";
import { useSaveShortcut } from "@/components/ui/use-save-shortcut";
import clsx from "clsx";
import { Archive, ArrowLeft, CircleAlert, RefreshCw, Save } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useMemo, useState } from "react";
import { ConditionBuilder } from "@/components/journey-editor/condition-builder";
import type { TLeafKind } from "@/components/journey-editor/condition-builder/condition-ops";
import type { TInspectorContext } from "@/components/journey-editor/inspector/inspector-context";
import { Button } from "@/components/ui/button";
import { formatDateTime } from "@/components/ui/format-date";
import { JobProgress, type TJobView } from "@/components/ui/job-progress";
import { ReadOnlyBanner } from "@/components/ui/read-only-banner";
import type { TCondition } from "@/lib/journey/conditions/schema";
import { archiveSegment, getJob, recomputeSegment, saveSegment } from "./segment-api";
import { SegmentEstimatePanel } from "./segment-estimate-panel";
import { useSegmentEstimate } from "./use-segment-estimate";

/** Segments mean the same everywhere, so message engagement (a journey's own steps) is not offered. */
const SEGMENT_KINDS: readonly TLeafKind[] = ["trait", "event", "consent", "segment"];

export type TEditorSegment = {
  /** null until created */
  id: string | null;
  name: string;
  description: string;
  definition: TCondition;
  memberCount: number;
  computedAt: string | null;
  latestRecompute: TJobView | null;
  /** journeys naming the segment, and segments reading it */
  usedBy?: { id: string; name: string }[];
  usedBySegments?: { id: string; name: string }[];
};

type TStatus = "idle" | "dirty" | "saving" | "saved" | "error";
const STATUS_TEXT: Record<TStatus, string> = { idle: "", dirty: "Unsaved changes", saving: "Saving…", saved: "Saved", error: "Not saved" };

const describeRecompute = (result: Record<string, unknown>) =>
  `${Number(result.members ?? 0).toLocaleString("en")} members: ${Number(result.entered ?? 0).toLocaleString("en")} entered, ${Number(result.exited ?? 0).toLocaleString("en")} left.`;

/**
 * Name, description and the condition builder (the journeys' own) beside a live size estimate;
 * Save (Ctrl/Cmd+S) creates or updates the segment, which recomputes it; Recompute runs a full
 * pass with a progress bar; Archive removes it from the list unless something uses it.
 */
export function SegmentEditor({ segment, otherSegments, readOnly }: { segment: TEditorSegment; otherSegments: { id: string; name: string }[]; readOnly: boolean }) {
  const router = useRouter();
  const [name, setName] = useState(segment.name);
  const [description, setDescription] = useState(segment.description);
  const [definition, setDefinition] = useState<TCondition>(segment.definition);
  const [baseline, setBaseline] = useState(() => JSON.stringify([segment.name, segment.description, segment.definition]));
  const [status, setStatus] = useState<TStatus>("idle");
  const [busy, setBusy] = useState(false);
  const [nameError, setNameError] = useState<string | null>(null);
  const [banner, setBanner] = useState<string | null>(null);
  const [job, setJob] = useState<TJobView | null>(segment.latestRecompute);
  const estimate = useSegmentEstimate(definition);
  const context = useMemo<TInspectorContext>(() => ({ templates: [], segments: otherSegments, nodes: [] }), [otherSegments]);

  const dirty = JSON.stringify([name, description, definition]) !== baseline;
  const shownStatus: TStatus = status === "saving" || status === "error" ? status : dirty ? "dirty" : status;

  const save = useCallback(async () => {
    if (readOnly || busy) return;
    if (!name.trim()) {
      setNameError("Give the segment a name before saving.");
      return;
    }
    setBusy(true);
    setStatus("saving");
    setBanner(null);
    const result = await saveSegment(segment.id, { name: name.trim(), description, definition });
    setBusy(false);
    if (!result.ok) {
      setStatus("error");
      if (result.path === "name") setNameError(result.error.replace(/^name: /, ""));
      else setBanner(result.error);
      return;
    }
    setNameError(null);
    if (!segment.id) {
      router.replace(`/segments/${result.data.id}`);
      return;
    }
    setBaseline(JSON.stringify([name.trim(), description, definition]));
    setName(name.trim());
    setStatus("saved");
    if (result.data.latestRecompute) setJob(result.data.latestRecompute);
    router.refresh();
  }, [readOnly, busy, name, description, definition, segment.id, router]);

  const recompute = async () => {
    if (!segment.id) return;
    setBanner(null);
    const result = await recomputeSegment(segment.id);
    if (result.ok) return setJob(result.data.job);
    const running = typeof result.body.jobId === "string" ? await getJob(result.body.jobId) : null;
    if (running?.ok) setJob(running.data);
    else setBanner(result.error);
  };

  const archive = async () => {
    if (!segment.id || !window.confirm(`Archive the segment “${name}”? It stops updating and leaves the list; its history stays.`)) return;
    setBusy(true);
    const result = await archiveSegment(segment.id);
    setBusy(false);
    if (!result.ok) return setBanner(result.error);
    router.push("/segments");
    router.refresh();
  };

  useSaveShortcut(save, { dirty, readOnly });

  const onRecomputeFinished = useCallback(
    (finished: TJobView) => {
      setJob(finished);
      router.refresh();
    },
    [router],
  );
  const edited = () => {
    if (status === "error" || status === "saved") setStatus("idle");
  };

  return (
    <div className="space-y-5">
      <header className="flex flex-wrap items-center gap-3 border-b border-slate-200 pb-4">
        <Link href="/segments" className="flex items-center gap-1 text-sm text-slate-600 hover:text-slate-900">
          <ArrowLeft className="size-4" aria-hidden /> Segments
        </Link>
        <span className="h-6 w-px bg-slate-200" aria-hidden />
        <div className="min-w-[16rem] flex-1">
          <TitleInput
            label="Segment name"
            value={name}
            readOnly={readOnly}
            autoFocus={segment.id === null}
            placeholder="Name this segment, e.g. VIP customers"
            onChange={(value) => {
              setName(value);
              setNameError(null);
              edited();
            }}
            error={nameError}
            size="xl"
          />
        </div>
        {!readOnly && (
          <div className="flex items-center gap-2">
            <span role="status" className={clsx("min-w-[7rem] text-right text-xs", shownStatus === "error" ? "font-medium text-red-700" : shownStatus === "dirty" ? "text-amber-700" : "text-slate-500")}>
              {STATUS_TEXT[shownStatus]}
            </span>
            {segment.id && (
              <Button size="sm" variant="ghost" onClick={() => void archive()} disabled={busy} className="text-red-700 hover:bg-red-50">
                <Archive className="size-3.5" aria-hidden /> Archive
              </Button>
            )}
            <Button variant="primary" onClick={() => void save()} disabled={busy || (segment.id !== null && !dirty && shownStatus !== "error")} title="Save (Ctrl+S)">
              <Save className="size-4" aria-hidden /> Save
            </Button>
          </div>
        )}
      </header>
      {readOnly && <ReadOnlyBanner what="segments" />}
      {banner && (
        <p role="alert" className="flex items-start gap-2 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          <CircleAlert className="mt-0.5 size-4 shrink-0" aria-hidden /> {banner}
        </p>
      )}
      <div className="grid grid-cols-1 gap-5 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <section aria-label="Definition" className="space-y-4 self-start rounded-xl border border-slate-200 bg-white p-5 shadow-xs">
          <div className="space-y-1">
            <label htmlFor="segment-description" className="block text-xs font-medium text-slate-700">Description</label>
            <input
              id="segment-description"
              value={description}
              readOnly={readOnly}
              maxLength={1000}
              placeholder="Who is in it, in a sentence (optional)"
              onChange={(e) => {
                setDescription(e.target.value);
                edited();
              }}
              className="block w-full rounded-md border border-slate-300 px-2.5 py-1.5 text-sm shadow-xs placeholder:text-slate-400 focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-500/20"
            />
          </div>
          <div>
            <h2 className="mb-2 text-sm font-semibold text-slate-900">Who belongs</h2>
            <div className="max-w-2xl">
              <ConditionBuilder
                label="Segment definition"
                value={definition}
                readOnly={readOnly}
                context={context}
                kinds={SEGMENT_KINDS}
                onChange={(next) => {
                  setDefinition(next);
                  edited();
                }}
              />
            </div>
          </div>
        </section>
        <aside className="space-y-4 lg:sticky lg:top-4 lg:self-start">
          <SegmentEstimatePanel estimate={estimate} />
          {segment.id && (
            <section aria-label="Membership" className="space-y-3 rounded-xl border border-slate-200 bg-white p-5 shadow-xs">
              <div>
                <h2 className="text-sm font-semibold text-slate-900">Members now</h2>
                <p className="text-3xl font-semibold tabular-nums text-slate-900" data-testid="member-count">{segment.memberCount.toLocaleString("en")}</p>
                <p className="text-xs text-slate-500">{segment.computedAt ? `Last recomputed ${formatDateTime(segment.computedAt)}` : "Not computed yet"}; kept current as events arrive.</p>
              </div>
              <UsedBy journeys={segment.usedBy ?? []} segments={segment.usedBySegments ?? []} />
              {!readOnly && (
                <Button onClick={() => void recompute()} disabled={busy || job?.status === "running" || job?.status === "queued"} className="w-full">
                  <RefreshCw className="size-4" aria-hidden /> Recompute
                </Button>
              )}
              {job && <JobProgress key={job.id} initial={job} label="Recompute" unit="profiles" describeResult={describeRecompute} onFinished={onRecomputeFinished} />}
            </section>
          )}
        </aside>
      </div>
    </div>
  );
}

/** Who reads the segment: journeys (a trigger, an audience, a condition) and other segments. */
function UsedBy({ journeys, segments }: { journeys: { id: string; name: string }[]; segments: { id: string; name: string }[] }) {
  if (journeys.length === 0 && segments.length === 0) return <p className="text-xs text-slate-500">No journey or segment uses it yet.</p>;
  const links = [...journeys.map((j) => ({ href: `/journeys/${j.id}`, label: j.name })), ...segments.map((s) => ({ href: `/segments/${s.id}`, label: `segment ${s.name}` }))];
  return (
    <p className="text-xs text-slate-600">
      Used by{" "}
      {links.map((l, i) => (
        <span key={l.href}>
          {i > 0 && ", "}
          <Link href={l.href} className="font-medium text-brand-700 hover:underline">{l.label}</Link>
        </span>
      ))}
      .
    </p>
  );
}
