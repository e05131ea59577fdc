import { renderedText, type TChannelPreviewProps } from "./preview-props";

/** The message as a bubble on a phone. */
export function SmsPreview({ rendered }: TChannelPreviewProps) {
  const body = renderedText(rendered, "body");
  return (
    <div className="mx-auto w-[300px] rounded-[2.25rem] border-[10px] border-slate-900 bg-slate-900 shadow-xl">
      <div className="overflow-hidden rounded-[1.6rem] bg-white">
        <div className="flex flex-col items-center gap-1 border-b border-slate-100 bg-slate-50 pb-2 pt-5">
          <span className="flex size-9 items-center justify-center rounded-full bg-slate-300 text-sm font-semibold text-white">W</span>
          <span className="text-[11px] text-slate-600">Your brand</span>
        </div>
        <div className="min-h-[340px] space-y-2 px-3 py-4">
          <p className="text-center text-[10px] font-medium text-slate-400">Text Message · Today</p>
          {body ? (
            <p className="max-w-[85%] whitespace-pre-wrap break-words rounded-2xl rounded-bl-md bg-slate-200 px-3 py-2 text-[13px] leading-snug text-slate-900" data-testid="sms-bubble">
              {body}
            </p>
          ) : (
            <p className="pt-10 text-center text-xs text-slate-400">Nothing to send yet.</p>
          )}
        </div>
      </div>
    </div>
  );
}
