import type { TExitData } from "./schema";

export const exitLabel = "Exit";
export const exitDescription = "End the journey for the profile, with a reason for reporting.";

/** "Exit: Converted". */
export function summarizeExit(data: TExitData): string {
  return data.reason.trim() === "" ? "Exit" : `Exit: ${data.reason}`;
}
