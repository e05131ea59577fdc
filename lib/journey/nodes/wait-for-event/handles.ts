import type { THandle } from "../node-definition";

/** The event came, or the timeout passed first. */
export function waitForEventHandles(): THandle[] {
  return [
    { id: "event", label: "Event happened" },
    { id: "timeout", label: "Timed out" },
  ];
}
