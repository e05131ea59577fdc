import type { TIdentityKind } from "./incoming-event";

/** Why an identifier an event carried was not attached (DroppedIdentifier.reason). */
export type TDropReason = "conflict" | "limit" | "invalid";

export const DROP_REASONS: readonly TDropReason[] = ["conflict", "limit", "invalid"];

const AN: ReadonlySet<TIdentityKind> = new Set(["email", "anonymousId"]);

/** "a userId", "an email", "3 emails". */
function some(count: number, kind: TIdentityKind): string {
  if (count === 1) return `${AN.has(kind) ? "an" : "a"} ${kind}`;
  return `${count} ${kind}s`;
}

/** "1 userId", "5 emails". */
const limitOf = (limit: number, kind: TIdentityKind) => `${limit} ${kind}${limit === 1 ? "" : "s"}`;

/**
 * The sentence a conflict drop shows: `phone +14155550100 belongs to another profile that has a
 * userId (limit: 1 userId per profile)` — the owner keeps the identifier; merging the two would
 * have taken `brokenKind` past its limit.
 */
export function describeConflict(kind: TIdentityKind, value: string, brokenKind: TIdentityKind, ownerCount: number, limit: number): string {
  return `${kind} ${value} belongs to another profile that has ${some(ownerCount, brokenKind)} (limit: ${limitOf(limit, brokenKind)} per profile)`;
}

/** `email e6@x.io was not added: the profile already has 5 emails (limit: 5 emails per profile)`. */
export function describeLimit(kind: TIdentityKind, value: string, count: number, limit: number): string {
  return `${kind} ${value} was not added: the profile already has ${some(count, kind)} (limit: ${limitOf(limit, kind)} per profile)`;
}

/** `email "n/a" is not a valid email address` (the value quoted as sent, so blanks and types show). */
export function describeInvalid(kind: "email" | "phone", sent: string, why: string): string {
  return `${kind} ${sent} ${why}`;
}
