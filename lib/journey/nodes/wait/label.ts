import { describeDuration } from "../../duration";
import type { TWaitData } from "./schema";

export const waitLabel = "Wait";
export const waitDescription = "Pause for a while, or until a time of day in the profile's time zone.";

const DAY_NAMES = { mon: "Mon", tue: "Tue", wed: "Wed", thu: "Thu", fri: "Fri", sat: "Sat", sun: "Sun" } as const;

/** "Wait 1 day" or "Wait until 09:00 on Mon, Fri (profile time)". */
export function summarizeWait(data: TWaitData): string {
  if (data.mode === "duration") return `Wait ${describeDuration(data.duration)}`;
  const days = data.days && data.days.length < 7 ? ` on ${data.days.map((d) => DAY_NAMES[d]).join(", ")}` : "";
  return `Wait until ${data.time}${days} (profile time)`;
}
