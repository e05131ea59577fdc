import type { TNodeOutcome, TNodeRunInput } from "../../../engine/types";
import { summarizeUpdateProfile } from "./label";
import type { TUpdateProfileData } from "./schema";

/**
 * Ask the runner to apply the trait changes (through the same path as an identify call) and move
 * on. The step applies them to its own view of the traits too, so later nodes see the new values.
 */
export function runUpdateProfile(data: TUpdateProfileData, input: TNodeRunInput): TNodeOutcome {
  const assignments = data.assignments.filter((a) => a.trait.trim() !== "");
  const reason = assignments.length === 0 ? "nothing to change" : summarizeUpdateProfile({ assignments });
  return {
    kind: "continue",
    handle: "next",
    action: "updated",
    reason,
    effects: assignments.length === 0 ? [] : [{ type: "updateProfile", nodeId: input.nodeId, assignments }],
  };
}
