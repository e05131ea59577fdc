import { describeDuration } from "../../duration";
import type { TWaitForEventData } from "./schema";

export const waitForEventLabel = "Wait for event";
export const waitForEventDescription = "Hold until the profile does something, with a timeout.";

/** "Wait up to 3 days for "Order Completed"". */
export function summarizeWaitForEvent(data: TWaitForEventData): string {
  const name = data.event.trim() === "" ? "an event (not chosen)" : `"${data.event}"`;
  return `Wait up to ${describeDuration(data.timeout)} for ${name}${data.where ? " (filtered)" : ""}`;
}
