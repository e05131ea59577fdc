import type { THandle } from "../node-definition";

/** The end of a path. */
export function exitHandles(): THandle[] {
  return [];
}
