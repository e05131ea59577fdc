import type { THandle } from "../node-definition";
import type { TSuppressData } from "./schema";

/** Not suppressed continues on `next`; `suppressed` exists only when suppressed profiles take a path. */
export function suppressHandles(data: TSuppressData): THandle[] {
  const next = { id: "next", label: "Not suppressed" };
  return data.onSuppress === "path" ? [next, { id: "suppressed", label: "Suppressed" }] : [next];
}
