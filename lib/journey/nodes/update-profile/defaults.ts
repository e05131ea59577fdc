import type { TUpdateProfileData } from "./schema";

/** One blank assignment so the inspector opens on something to fill in. */
export function defaultUpdateProfileData(): TUpdateProfileData {
  return { assignments: [{ trait: "", op: "set", value: "" }] };
}
