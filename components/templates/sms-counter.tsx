import clsx from "clsx";
import type { TSmsSegments } from "@/lib/message-templates/sms-segments";

/**
 * Length, encoding and segments of the SMS as the preview profile receives it: what the carrier
 * bills, which the template text with its `{{ … }}` placeholders is not.
 */
export function SmsCounter({ sms, profileLabel, stale, broken }: { sms: TSmsSegments | undefined; profileLabel: string | null; stale: boolean; broken: boolean }) {
  if (broken) return <p className="text-xs text-slate-500" data-testid="sms-counter">Fix the Liquid problem above to count characters and segments.</p>;
  if (!sms) return <p className="text-xs text-slate-500" data-testid="sms-counter">Counting segments…</p>;
  const capacity = sms.segments <= 1 ? sms.perSegment : sms.perSegment * sms.segments;
  const costly = sms.segments > 1;
  return (
    <div className={clsx("space-y-1 text-xs transition-opacity", stale && "opacity-60")} data-testid="sms-counter" aria-live="polite">
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <span className={clsx("rounded px-1.5 py-0.5 font-semibold ring-1 ring-inset", sms.encoding === "GSM-7" ? "bg-emerald-50 text-emerald-800 ring-emerald-200" : "bg-amber-50 text-amber-800 ring-amber-200")}>{sms.encoding}</span>
        <span className="text-slate-700">
          <strong className="font-semibold tabular-nums">{sms.characters}</strong> {sms.characters === 1 ? "character" : "characters"}
          {sms.units !== sms.characters && <span className="text-slate-500"> ({sms.units} units)</span>}
        </span>
        <span aria-hidden className="text-slate-300">·</span>
        <span className={clsx(costly ? "font-semibold text-amber-800" : "text-slate-700")}>
          <strong className="font-semibold tabular-nums">{sms.segments}</strong> {sms.segments === 1 ? "segment" : "segments"}
        </span>
        <span className="text-slate-500 tabular-nums">({sms.units}/{capacity}{costly ? `, ${sms.perSegment} per segment` : ""})</span>
      </p>
      {profileLabel && <p className="text-slate-500">Measured as sent to {profileLabel}.</p>}
      {sms.nonGsmCharacters.length > 0 && (
        <p className="text-amber-800">
          {sms.nonGsmCharacters.slice(0, 5).map((c) => `“${c}”`).join(" ")} {sms.nonGsmCharacters.length === 1 ? "forces" : "force"} UCS-2, which fits 70 characters per segment instead of 160.
        </p>
      )}
    </div>
  );
}
