import { ExternalLink } from "lucide-react";
import { renderedText, type TChannelPreviewProps } from "./preview-props";

/** A notification on a lock screen. */
export function PushPreview({ rendered }: TChannelPreviewProps) {
  const title = renderedText(rendered, "title");
  const body = renderedText(rendered, "body");
  const imageUrl = renderedText(rendered, "imageUrl");
  const deepLink = renderedText(rendered, "deepLink");
  return (
    <div className="rounded-2xl bg-gradient-to-br from-indigo-400 via-sky-400 to-emerald-300 p-5 shadow-inner">
      <p className="pb-4 pt-2 text-center text-4xl font-light tracking-tight text-white/95">9:41</p>
      <div className="rounded-2xl bg-white/85 p-3 shadow-lg backdrop-blur" data-testid="push-card">
        <div className="flex items-center gap-2 text-[11px] text-slate-600">
          <span className="flex size-5 items-center justify-center rounded-md bg-brand-600 text-[10px] font-bold text-white">W</span>
          <span className="font-medium uppercase tracking-wide">Your app</span>
          <span className="ml-auto">now</span>
        </div>
        <p className="mt-1.5 text-sm font-semibold text-slate-900">{title || <span className="font-normal italic text-slate-400">No title</span>}</p>
        <p className="whitespace-pre-wrap break-words text-sm text-slate-800">{body}</p>
        {/* eslint-disable-next-line @next/next/no-img-element -- a marketer's arbitrary URL, not an optimisable asset */}
        {imageUrl && <img src={imageUrl} alt="Notification image" className="mt-2 max-h-40 w-full rounded-lg object-cover" />}
      </div>
      {deepLink && (
        <p className="mt-3 flex items-center justify-center gap-1 text-xs text-white">
          <ExternalLink className="size-3" aria-hidden /> A tap opens <code className="font-mono">{deepLink}</code>
        </p>
      )}
    </div>
  );
}
