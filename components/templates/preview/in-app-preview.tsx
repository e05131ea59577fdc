import { renderedText, type TChannelPreviewProps } from "./preview-props";

/** The message as a modal over the app. */
export function InAppPreview({ rendered }: TChannelPreviewProps) {
  const ctaLabel = renderedText(rendered, "ctaLabel");
  const ctaUrl = renderedText(rendered, "ctaUrl");
  return (
    <div className="relative overflow-hidden rounded-xl border border-slate-200 bg-slate-200">
      <div className="space-y-2 p-4 opacity-60" aria-hidden>
        <div className="h-3 w-1/3 rounded bg-slate-400" />
        <div className="h-24 rounded bg-slate-300" />
        <div className="h-3 w-2/3 rounded bg-slate-400" />
        <div className="h-24 rounded bg-slate-300" />
      </div>
      <div className="absolute inset-0 flex items-center justify-center bg-slate-900/40 p-6">
        <div className="w-full max-w-xs rounded-xl bg-white p-5 text-center shadow-xl" data-testid="in-app-card">
          <p className="text-base font-semibold text-slate-900">{renderedText(rendered, "title")}</p>
          <p className="mt-2 whitespace-pre-wrap break-words text-sm text-slate-600">{renderedText(rendered, "body")}</p>
          {ctaLabel && <span className="mt-4 inline-block rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white">{ctaLabel}</span>}
          {ctaLabel && ctaUrl && <p className="mt-2 truncate font-mono text-[11px] text-slate-400">{ctaUrl}</p>}
        </div>
      </div>
    </div>
  );
}
