import type { TWaitForEventData } from "./schema";

/** Three days is the usual window for a conversion nudge; the event is the marketer's choice. */
export function defaultWaitForEventData(): TWaitForEventData {
  return { event: "", timeout: { amount: 3, unit: "days" } };
}
