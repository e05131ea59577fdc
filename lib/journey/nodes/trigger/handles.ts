import type { THandle } from "../node-definition";

/** A trigger has one way out. */
export function triggerHandles(): THandle[] {
  return [{ id: "next", label: "Next" }];
}
