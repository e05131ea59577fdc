import { Megaphone } from "lucide-react";
import { renderedText, type TChannelPreviewProps } from "./preview-props";

/** What the ads adapter will do for this customer. */
export function AdsAudiencePreview({ rendered, profileLabel }: TChannelPreviewProps) {
  return (
    <div className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      <div className="flex items-start gap-3">
        <span className="flex size-10 shrink-0 items-center justify-center rounded-lg bg-rose-50 text-rose-700"><Megaphone className="size-5" aria-hidden /></span>
        <div className="text-sm text-slate-700">
          <p>
            Adds <strong className="font-semibold text-slate-900">{profileLabel}</strong> to the audience
          </p>
          <p className="mt-1 text-base font-semibold text-slate-900" data-testid="audience-name">{renderedText(rendered, "audienceName") || "—"}</p>
          <p className="mt-2 text-xs text-slate-500">Matched by hashed email and phone; nothing readable leaves Waymark.</p>
        </div>
      </div>
    </div>
  );
}
