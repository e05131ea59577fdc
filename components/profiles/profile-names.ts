import type { TProfileSummary } from "@/lib/profiles/profile-schemas";

const text = (value: unknown) => (typeof value === "string" ? value.trim() : "");

/** The first identifier of a kind on a profile, or null. */
export function identityOf(profile: Pick<TProfileSummary, "identities">, kind: string): string | null {
  return profile.identities.find((i) => i.kind === kind)?.value ?? null;
}

/** What a person is called: name traits, else email, else user id, else "Anonymous visitor". */
export function displayName(profile: Pick<TProfileSummary, "traits" | "identities">): string {
  const { traits } = profile;
  const name = [text(traits.first_name), text(traits.last_name)].filter(Boolean).join(" ") || text(traits.name);
  return name || identityOf(profile, "email") || identityOf(profile, "userId") || "Anonymous visitor";
}

/** Traits that say who someone is: shown in their own columns, not among the key traits. */
const IDENTITY_TRAITS = new Set(["first_name", "last_name", "name", "email", "phone"]);
/** Traits worth a glance in a list, when present, before any others. */
const PREFERRED = ["plan", "country", "city", "lifetime_value", "orders_count"];

/** Up to `max` traits to show in a list row, the well-known business ones first. */
export function keyTraits(traits: Record<string, unknown>, max = 3): [string, string][] {
  const keys = Object.keys(traits).filter((k) => !IDENTITY_TRAITS.has(k) && traits[k] !== null && typeof traits[k] !== "object");
  const ordered = [...PREFERRED.filter((k) => keys.includes(k)), ...keys.filter((k) => !PREFERRED.includes(k)).sort()];
  return ordered.slice(0, max).map((k) => [k, String(traits[k])]);
}

/** A trait value as text: strings as they are, everything else as JSON. */
export function traitText(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}
