import type { TTriggerData } from "./schema";

/** Most journeys start on an event; the name is left for the marketer to pick. */
export function defaultTriggerData(): TTriggerData {
  return { source: { kind: "event", event: "" }, reentry: "afterExit" };
}
