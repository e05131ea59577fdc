import type { THandle } from "../node-definition";

/** A wait has one way out. */
export function waitHandles(): THandle[] {
  return [{ id: "next", label: "Next" }];
}
