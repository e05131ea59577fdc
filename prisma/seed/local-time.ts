import type { TRandom } from "./random";
import { HOUR_MS, MINUTE_MS } from "./seed-window";

const offsets = new Map<string, number>();

// People shop in the evening and hardly at all at 4 a.m.
const HOUR_WEIGHTS: readonly (readonly [number, number])[] = [
  [0, 1], [1, 0.5], [2, 0.2], [3, 0.1], [4, 0.1], [5, 0.2], [6, 0.6], [7, 1.5], [8, 2], [9, 2], [10, 2.5], [11, 2.5],
  [12, 3.5], [13, 3], [14, 2.5], [15, 2.5], [16, 2.5], [17, 3], [18, 3.5], [19, 4.5], [20, 5], [21, 4.5], [22, 3], [23, 2],
];

/**
 * Moves an instant to a believable local time of day on the same local date, at minute and second
 * precision. The zone's offset is read once, at `reference`: a seed can ignore the odd hour of
 * daylight-saving difference, and looking offsets up per event would cost more than the rest.
 */
export function toLocalDaytime(random: TRandom, instant: number, timezone: string, reference: Date): number {
  const offset = offsetOf(timezone, reference);
  const localMidnight = Math.floor((instant + offset) / (24 * HOUR_MS)) * 24 * HOUR_MS;
  const hour = random.weighted(HOUR_WEIGHTS);
  return localMidnight - offset + hour * HOUR_MS + random.int(0, 59) * MINUTE_MS + random.int(0, 59_999);
}

function offsetOf(timezone: string, at: Date): number {
  // Keyed by day too: a seed ending in July and one ending in January must not share offsets.
  const key = `${timezone}@${at.toISOString().slice(0, 10)}`;
  const cached = offsets.get(key);
  if (cached !== undefined) return cached;
  const name = new Intl.DateTimeFormat("en-US", { timeZone: timezone, timeZoneName: "longOffset" })
    .formatToParts(at)
    .find((part) => part.type === "timeZoneName")?.value ?? "GMT";
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  const offset = match ? (match[1] === "-" ? -1 : 1) * (Number(match[2]) * HOUR_MS + Number(match[3]) * MINUTE_MS) : 0;
  offsets.set(key, offset);
  return offset;
}
