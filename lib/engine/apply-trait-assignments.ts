import type { TTraitAssignment } from "../journey/nodes/update-profile/schema";
import { assertNever } from "./assert-never";

/**
 * Traits after an update-profile node's assignments, in order. The runner applies the same
 * assignments through the identify path; this is the engine's own view of the result, so later
 * branches in the same step see the new values. Trait names are flat keys ("plan",
 * "address.city" as one key); blank names (and "__proto__") are skipped. `increment` treats a missing or
 * non-numeric trait as 0; `append` turns a missing trait into a list and a single value into a
 * list of it.
 */
export function applyTraitAssignments(traits: Readonly<Record<string, unknown>>, assignments: readonly TTraitAssignment[]): Record<string, unknown> {
  const next: Record<string, unknown> = { ...traits };
  for (const { trait, op, value } of assignments) {
    // "__proto__" would be swallowed by the object's prototype setter; no real trait is called that.
    if (trait.trim() === "" || trait === "__proto__") continue;
    const current = Object.prototype.hasOwnProperty.call(next, trait) ? next[trait] : undefined;
    switch (op) {
      case "set":
        next[trait] = value ?? null;
        break;
      case "unset":
        delete next[trait];
        break;
      case "increment": {
        const base = typeof current === "number" && Number.isFinite(current) ? current : Number(current ?? 0);
        next[trait] = (Number.isFinite(base) ? base : 0) + (typeof value === "number" ? value : 0);
        break;
      }
      case "append": {
        const list = Array.isArray(current) ? current : current === undefined || current === null ? [] : [current];
        next[trait] = [...list, value ?? null];
        break;
      }
      default:
        assertNever(op, "trait assignment op");
    }
  }
  return next;
}
