import type { TBranchData } from "./schema";

/** One path with an empty rule group, ready for the marketer's condition, plus the implicit else. */
export function defaultBranchData(): TBranchData {
  return { paths: [{ id: "path-1", label: "Path 1", condition: { kind: "all", conditions: [] } }] };
}
