import { renderedText, type TChannelPreviewProps } from "./preview-props";

/** The letter: the address in the envelope window, then the copy. */
export function DirectMailPreview({ rendered }: TChannelPreviewProps) {
  const lines = Array.isArray(rendered.addressLines) ? rendered.addressLines.map(String) : [];
  return (
    <div className="rounded-sm border border-slate-200 bg-[#fffdf8] p-6 font-serif text-slate-800 shadow-md">
      <div className="mb-6 w-56 rounded border border-dashed border-slate-300 bg-white px-3 py-2 text-sm leading-6" data-testid="mail-address">
        {lines.map((line, i) => <p key={i}>{line || "\u00a0"}</p>)}
      </div>
      <p className="whitespace-pre-wrap break-words text-[15px] leading-7">{renderedText(rendered, "copy")}</p>
    </div>
  );
}
