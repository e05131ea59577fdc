import type { TWaitData } from "./schema";

/** A day is the most common pause between two messages. */
export function defaultWaitData(): TWaitData {
  return { mode: "duration", duration: { amount: 1, unit: "days" } };
}
