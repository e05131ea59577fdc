import type { TNodeOutcome, TNodeRunInput } from "../../../engine/types";
import type { TExitData } from "./schema";

/** The end of a path: the enrollment completes, labelled with the node's reason. */
export function runExit(data: TExitData, _input: TNodeRunInput): TNodeOutcome {
  const reason = data.reason.trim() === "" ? "Exit" : data.reason;
  return { kind: "end", state: "completed", action: "completed", reason };
}
