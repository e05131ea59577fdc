"use client";

import { Loader2 } from "lucide-react";
import { useEffect, useState } from "react";
import { CHANNEL_LABELS, ZChannel, type TChannel } from "@/lib/journey/channels";
import { templateFromBody, toPreviewView, type TPreviewView } from "./preview-view";

type TPreviewState = { status: "ready"; view: TPreviewView } | { status: "unavailable"; reason: string };

async function errorText(response: Response): Promise<string | undefined> {
  const body: unknown = await response.json().catch(() => undefined);
  return typeof body === "object" && body !== null && "error" in body && typeof body.error === "string" ? body.error : undefined;
}

/**
 * Loads the template, then asks the template service to render it with sample data. Any failure
 * (the service not deployed, a deleted template, a Liquid error) becomes a short reason to show.
 */
async function loadPreview(templateId: string, fallbackChannel: TChannel, signal: AbortSignal): Promise<TPreviewState> {
  const templateResponse = await fetch(`/api/v1/templates/${encodeURIComponent(templateId)}`, { signal, headers: { accept: "application/json" } });
  if (!templateResponse.ok) {
    return { status: "unavailable", reason: templateResponse.status === 404 ? "Preview unavailable: this template could not be loaded." : "Preview unavailable right now." };
  }
  const template = templateFromBody(await templateResponse.json().catch(() => undefined));
  if (!template) return { status: "unavailable", reason: "Preview unavailable: the template has no content." };
  const channel = ZChannel.safeParse(template.channel).data ?? fallbackChannel;
  const previewResponse = await fetch("/api/v1/templates/preview", {
    method: "POST",
    signal,
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ channel, content: template.content }),
  });
  if (!previewResponse.ok) {
    const reason = previewResponse.status === 404 ? undefined : await errorText(previewResponse);
    return { status: "unavailable", reason: reason ? `Preview unavailable: ${reason}` : "Preview unavailable right now." };
  }
  const view = toPreviewView(channel, await previewResponse.json().catch(() => undefined));
  return view ? { status: "ready", view } : { status: "unavailable", reason: "Preview unavailable: nothing to show." };
}

/** The chosen template rendered for a sample profile, or why it cannot be shown. */
export function TemplatePreview({ templateId, channel }: { templateId: string | null; channel: TChannel }) {
  const [result, setResult] = useState<{ key: string; state: TPreviewState } | null>(null);
  const key = templateId === null ? null : `${channel}:${templateId}`;

  useEffect(() => {
    if (templateId === null || key === null) return;
    const controller = new AbortController();
    loadPreview(templateId, channel, controller.signal)
      .then((state) => setResult({ key, state }))
      .catch(() => {
        if (!controller.signal.aborted) setResult({ key, state: { status: "unavailable", reason: "Preview unavailable right now." } });
      });
    return () => controller.abort();
  }, [templateId, channel, key]);

  if (key === null) return <p className="rounded-md border border-dashed border-slate-300 p-2 text-[11px] text-slate-500">Pick a template to see a preview here.</p>;
  const state = result?.key === key ? result.state : undefined;
  return (
    <figure aria-label="Template preview" aria-busy={state === undefined} className="overflow-hidden rounded-md border border-slate-200 bg-white">
      <figcaption className="border-b border-slate-100 bg-slate-50 px-2 py-1 text-[10px] font-semibold uppercase tracking-wide text-slate-500">Preview</figcaption>
      <div className="p-2">
        {state === undefined ? (
          <p className="flex items-center gap-1.5 text-xs text-slate-500">
            <Loader2 className="size-3.5 animate-spin" aria-hidden /> Rendering preview…
          </p>
        ) : state.status === "unavailable" ? (
          <p className="text-xs text-slate-500">{state.reason}</p>
        ) : (
          <PreviewBody view={state.view} />
        )}
      </div>
    </figure>
  );
}

function PreviewBody({ view }: { view: TPreviewView }) {
  return (
    <div className="space-y-1 text-xs text-slate-800">
      <p className="text-[10px] font-medium text-slate-400">{CHANNEL_LABELS[view.channel]}</p>
      {view.subject && <p className="font-semibold">{view.subject}</p>}
      {view.preheader && <p className="text-slate-500">{view.preheader}</p>}
      {view.title && <p className="font-semibold">{view.title}</p>}
      {view.lines?.map((line, i) => (
        <p key={i} className="font-mono text-[11px] break-all text-slate-600">
          {line}
        </p>
      ))}
      {view.html && <iframe title="Email preview" sandbox="" srcDoc={view.html} className="h-56 w-full rounded border border-slate-100 bg-white" />}
      {view.text && <p className="whitespace-pre-wrap break-words">{view.text}</p>}
    </div>
  );
}
