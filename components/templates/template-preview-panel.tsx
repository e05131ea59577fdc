"use client";

import clsx from "clsx";
import { CircleAlert, FlaskConical, LoaderCircle, Zap } from "lucide-react";
import { formatDateTime } from "@/components/ui/format-date";
import type { TChannel } from "@/lib/journey/channels";
import { fieldLabel } from "./field-labels";
import { CHANNEL_PREVIEWS } from "./preview/channel-previews";
import { ProfilePicker } from "./profile-picker";
import type { TTemplatePreview } from "./use-template-preview";

/** The right-hand pane: who the preview is for, what is wrong with the Liquid, and the message as the customer sees it. */
export function TemplatePreviewPanel({ channel, preview, onProfileChange }: { channel: TChannel; preview: TTemplatePreview; onProfileChange: (profileId: string) => void }) {
  const { data, error, stale } = preview;
  const Preview = CHANNEL_PREVIEWS[channel];
  return (
    <section aria-label="Live preview" className="space-y-4">
      <div className="flex items-center justify-between">
        <h2 className="text-sm font-semibold text-slate-900">Live preview</h2>
        <span className={clsx("flex items-center gap-1 text-xs text-slate-500 transition-opacity", stale ? "opacity-100" : "opacity-0")} aria-hidden={!stale}>
          <LoaderCircle className="size-3.5 animate-spin" aria-hidden /> Updating
        </span>
      </div>
      <ProfilePicker current={data?.profile ?? null} onSelect={onProfileChange} />
      {data && (
        <p className="flex items-center gap-1.5 text-xs text-slate-600" data-testid="preview-event">
          <Zap className="size-3.5 text-slate-400" aria-hidden />
          {data.event ? (
            <span>
              <code className="font-mono">event</code> is their latest event, <strong className="font-medium text-slate-800">{data.event.name}</strong> ({formatDateTime(data.event.timestamp)})
            </span>
          ) : (
            <span>No events yet, so <code className="font-mono">event.*</code> renders empty.</span>
          )}
        </p>
      )}
      {data?.profile.sample && (
        <p className="flex items-start gap-2 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-xs text-amber-900">
          <FlaskConical className="mt-px size-3.5 shrink-0" aria-hidden />
          <span>This workspace has no customers yet, so the preview uses a made-up sample profile. Send data in to preview with real people.</span>
        </p>
      )}
      {error && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-xs text-red-800">Preview failed: {error}</p>
      )}
      {data && data.errors.length > 0 && (
        <div className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-xs text-red-900" data-testid="preview-errors">
          <p className="flex items-center gap-1.5 font-semibold">
            <CircleAlert className="size-3.5" aria-hidden /> {data.errors.length === 1 ? "1 Liquid problem" : `${data.errors.length} Liquid problems`}: {data.errors.length === 1 ? "that field is" : "those fields are"} left out below
          </p>
          <ul className="mt-1 list-disc space-y-0.5 pl-5">
            {data.errors.map((e) => (
              <li key={e.field}>{fieldLabel(channel, e.field)}, line {e.line}, column {e.column}: {e.message}</li>
            ))}
          </ul>
        </div>
      )}
      <div className={clsx("transition-opacity", stale && data && "opacity-80")}>
        {data ? (
          <Preview rendered={data.rendered} profileLabel={data.profile.label} />
        ) : (
          <div className="flex h-64 items-center justify-center rounded-xl border border-dashed border-slate-300 text-sm text-slate-500">
            <LoaderCircle className="mr-2 size-4 animate-spin" aria-hidden /> Rendering the preview…
          </div>
        )}
      </div>
    </section>
  );
}
