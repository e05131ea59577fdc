import type { TSuppressData } from "./schema";

/** The textbook suppression: do not market to someone who just bought. */
export function defaultSuppressData(): TSuppressData {
  return {
    condition: { kind: "event", name: "Order Completed", op: "atLeast", count: 1, within: { amount: 7, unit: "days" } },
    onSuppress: "exit",
  };
}
