import type { TUpdateProfileData } from "./schema";

export const updateProfileLabel = "Update profile";
export const updateProfileDescription = "Set, clear, increment or append to profile traits.";

const VERBS = { set: "Set", unset: "Clear", increment: "Increment", append: "Append to" } as const;

/** "Set plan = "pro", Increment nudges_sent by 1". */
export function summarizeUpdateProfile(data: TUpdateProfileData): string {
  if (data.assignments.length === 0) return "No changes yet";
  return data.assignments
    .map((a) => {
      const trait = a.trait || "(no trait)";
      if (a.op === "unset") return `${VERBS.unset} ${trait}`;
      if (a.op === "increment") return `${VERBS.increment} ${trait} by ${String(a.value)}`;
      return `${VERBS[a.op]} ${trait}${a.op === "set" ? " =" : ""} ${JSON.stringify(a.value)}`;
    })
    .join(", ");
}
