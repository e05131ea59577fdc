import { describeCondition } from "../../conditions/describe-condition";
import type { TSuppressData } from "./schema";

export const suppressLabel = "Suppress";
export const suppressDescription = "Hold back profiles who match a rule, e.g. recent purchasers.";

/** "Exit if performed "Order Completed" at least 1 time in the last 2 hours". */
export function summarizeSuppress(data: TSuppressData): string {
  const action = data.onSuppress === "exit" ? "Exit" : "Divert";
  return `${action} if ${describeCondition(data.condition)}`;
}
