import type { THandle } from "../node-definition";

/** Sent, or not sent (no consent, capped, quiet hours with `skip`, no reachable address). */
export function messageHandles(): THandle[] {
  return [
    { id: "next", label: "Sent" },
    { id: "skipped", label: "Skipped" },
  ];
}
