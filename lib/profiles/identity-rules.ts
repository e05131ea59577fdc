import { z } from "zod";
import type { TIdentityKind } from "./incoming-event";

/** The identifier kinds in the default priority order: a known user first, an anonymous visit last. */
export const RULE_KINDS = ["userId", "email", "phone", "deviceId", "anonymousId"] as const satisfies readonly TIdentityKind[];

/** Most values of one kind a limit may allow on one profile. */
export const MAX_IDENTITY_LIMIT = 10_000;

/**
 * A workspace's identity resolution rules, like Segment Unify's: the order in which an event's
 * identifiers are resolved (the first always lands, so an event joins the profile of its
 * highest-priority identifier) and, per kind, how many values one profile may hold. An
 * identifier that would break a limit is dropped (and recorded) instead of merging profiles.
 */
export interface TIdentityRules {
  priority: readonly TIdentityKind[];
  limits: Readonly<Record<TIdentityKind, number>>;
}

/** One userId per profile, so two known users never merge; room for a household's emails and phones, a few devices, many anonymous visits. */
export const DEFAULT_IDENTITY_RULES: TIdentityRules = {
  priority: RULE_KINDS,
  limits: { userId: 1, email: 5, phone: 5, deviceId: 10, anonymousId: 1000 },
};

const ZLimit = z.number({ error: "must be a whole number" }).int("must be a whole number").min(1, "must be at least 1").max(MAX_IDENTITY_LIMIT, `must be at most ${MAX_IDENTITY_LIMIT}`);

/** What `PUT /api/v1/settings/identity` takes: a priority order of all five kinds and a limit for each. */
export const ZIdentityRules = z.strictObject({
  priority: z
    .array(z.enum(RULE_KINDS, { error: `must be one of ${RULE_KINDS.join(", ")}` }), { error: "must be a list of identifier kinds" })
    .refine((kinds) => kinds.length === RULE_KINDS.length && new Set(kinds).size === RULE_KINDS.length, { message: `must list each of ${RULE_KINDS.join(", ")} exactly once` }),
  limits: z.strictObject(
    { userId: ZLimit, email: ZLimit, phone: ZLimit, deviceId: ZLimit, anonymousId: ZLimit },
    { error: `must be an object with a limit for each of ${RULE_KINDS.join(", ")}` },
  ),
});
export type TIdentityRulesInput = z.input<typeof ZIdentityRules>;

const ZCount = z.number().int();

/** What `GET /api/v1/settings/identity` answers (and PUT, after saving). */
export const ZIdentitySettings = z.object({
  rules: ZIdentityRules.describe("the rules in force (the defaults until saved)"),
  defaults: ZIdentityRules,
  dropped: z.object({ conflict: ZCount, limit: ZCount, invalid: ZCount }).describe("identifiers events carried that were not attached, by reason (DroppedIdentifier rows of existing profiles)"),
});
export type TIdentitySettings = z.infer<typeof ZIdentitySettings>;

/**
 * The rules stored in `WorkspaceSettings.identityRules` (a JSON column: an object, or its text on
 * SQLite raw reads). `{}`, a missing row and anything damaged mean the defaults: ingestion must
 * never fail over a settings row.
 */
export function identityRulesFromJson(value: unknown): TIdentityRules {
  let stored = value;
  if (typeof stored === "string") {
    try {
      stored = JSON.parse(stored);
    } catch {
      return DEFAULT_IDENTITY_RULES;
    }
  }
  const parsed = ZIdentityRules.safeParse(stored);
  return parsed.success ? parsed.data : DEFAULT_IDENTITY_RULES;
}
