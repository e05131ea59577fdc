import type { THandle } from "../node-definition";

/** Profile updates always succeed from the journey's point of view: one way out. */
export function updateProfileHandles(): THandle[] {
  return [{ id: "next", label: "Next" }];
}
