import type { TSegmentHistory } from "@/lib/segments/segment-schemas";

const WIDTH = 600;
const HEIGHT = 120;
const MID = HEIGHT / 2;

/**
 * Entries (up, green) and exits (down, rose) per day over the last 30 days, as an SVG bar chart
 * with a text summary for screen readers.
 */
export function SegmentHistoryChart({ perDay }: { perDay: TSegmentHistory["perDay"] }) {
  const peak = Math.max(1, ...perDay.flatMap((d) => [d.entered, d.exited]));
  const slot = WIDTH / Math.max(1, perDay.length);
  const bar = Math.max(2, slot * 0.7);
  const entered = perDay.reduce((n, d) => n + d.entered, 0);
  const exited = perDay.reduce((n, d) => n + d.exited, 0);
  const scale = (value: number) => (value / peak) * (MID - 6);
  return (
    <figure className="space-y-2">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-28 w-full" preserveAspectRatio="none" role="img" aria-label={`Last 30 days: ${entered} entered, ${exited} left`}>
        <line x1={0} x2={WIDTH} y1={MID} y2={MID} className="stroke-slate-200" />
        {perDay.map((d, i) => (
          <g key={d.day}>
            <title>{`${d.day}: ${d.entered} entered, ${d.exited} left`}</title>
            {d.entered > 0 && <rect x={i * slot + (slot - bar) / 2} y={MID - scale(d.entered)} width={bar} height={scale(d.entered)} rx={1.5} className="fill-emerald-500" />}
            {d.exited > 0 && <rect x={i * slot + (slot - bar) / 2} y={MID} width={bar} height={scale(d.exited)} rx={1.5} className="fill-rose-400" />}
          </g>
        ))}
      </svg>
      <figcaption className="flex items-center justify-between text-xs text-slate-500">
        <span>{perDay[0]?.day}</span>
        <span className="flex items-center gap-3">
          <span className="flex items-center gap-1"><span className="inline-block size-2 rounded-sm bg-emerald-500" aria-hidden /> {entered.toLocaleString("en")} entered</span>
          <span className="flex items-center gap-1"><span className="inline-block size-2 rounded-sm bg-rose-400" aria-hidden /> {exited.toLocaleString("en")} left</span>
        </span>
        <span>{perDay[perDay.length - 1]?.day}</span>
      </figcaption>
    </figure>
  );
}
