import { describeCondition } from "../../conditions/describe-condition";
import type { TBranchData } from "./schema";

export const branchLabel = "Branch";
export const branchDescription = "Send profiles down the first path whose condition matches.";

/** "If opened the message …" for one path, or "VIP / Engaged / else" for several. */
export function summarizeBranch(data: TBranchData): string {
  const [only] = data.paths;
  if (data.paths.length === 1 && only) return `If ${describeCondition(only.condition)}`;
  if (data.paths.length === 0) return "No paths yet";
  return `${data.paths.map((p) => p.label || "(unnamed)").join(" / ")} / else`;
}
