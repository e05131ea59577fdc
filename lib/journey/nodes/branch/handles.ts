import type { THandle } from "../node-definition";
import type { TBranchData } from "./schema";

/** One handle per path, in evaluation order, then `else`. */
export function branchHandles(data: TBranchData): THandle[] {
  return [...data.paths.map((path) => ({ id: path.id, label: path.label })), { id: "else", label: "Else" }];
}
