import type { TExitData } from "./schema";

export function defaultExitData(): TExitData {
  return { reason: "Completed" };
}
