import { z } from "zod";
import { CHANNELS } from "../journey/channels";
import { IDENTITY_KINDS } from "./incoming-event";

const ZLimit = z.coerce.number().int().min(1).max(200).optional();

/** Query text: PostgreSQL cannot even compare text holding a NUL, so it is refused up front. */
const ZQueryText = (max = 500) => z.string().max(max, `must be at most ${max} characters`).refine((text) => !text.includes("\u0000"), "must not contain NUL characters");

/**
 * `GET /api/v1/profiles`: one exact identifier, a search (`q`: email, phone, id, name or
 * `trait:value`; `trait=key:value`), or a page of all profiles (most recently seen first).
 */
export const ZListProfilesQuery = z
  .strictObject({
    email: ZQueryText().min(1).optional(),
    phone: ZQueryText().min(1).optional(),
    userId: ZQueryText().min(1).optional(),
    anonymousId: ZQueryText().min(1).optional(),
    q: ZQueryText(200).optional().describe("what a person types: an email, a phone in any format, a user / anonymous / device id, part of a name, or `plan:pro` / `plan=pro`"),
    trait: ZQueryText(200).min(1).optional().describe("`key:value` (or `key=value`): profiles whose trait equals the value, ignoring case"),
    cursor: z.string().min(1).optional(),
    limit: ZLimit,
  })
  .superRefine((query, ctx) => {
    const given = (["email", "phone", "userId", "anonymousId", "q", "trait"] as const).filter((key) => query[key] !== undefined);
    if (given.length > 1) ctx.addIssue({ code: "custom", path: [given[1] as string], message: `look up by one identifier or search at a time (${given.join(" and ")} given)` });
  });
export type TListProfilesQuery = z.infer<typeof ZListProfilesQuery>;

export const ZPageQuery = z.strictObject({ cursor: z.string().min(1).optional(), limit: ZLimit });
export type TPageQuery = z.infer<typeof ZPageQuery>;

export const ZIdentity = z.object({ kind: z.enum(IDENTITY_KINDS), value: z.string(), createdAt: z.string() });

export const ZProfileSummary = z.object({
  id: z.string(),
  traits: z.record(z.string(), z.unknown()),
  timezone: z.string().nullable(),
  locale: z.string().nullable(),
  firstSeenAt: z.string(),
  lastSeenAt: z.string(),
  createdAt: z.string(),
  identities: z.array(ZIdentity),
});
export type TProfileSummary = z.infer<typeof ZProfileSummary>;

export const ZChannelConsent = z.object({
  status: z.enum(["subscribed", "unsubscribed", "neverAsked"]),
  /** what set it: "identify", "track", … */
  source: z.string().nullable(),
  updatedAt: z.string().nullable(),
});

export const ZProfileMergeRecord = z.object({ survivorId: z.string(), mergedId: z.string(), eventMessageId: z.string().nullable(), createdAt: z.string() });

export const ZProfileDetail = ZProfileSummary.extend({
  /** per trait, when the observation that set it happened (`$timezone` / `$locale` for the two columns) */
  traitTimestamps: z.record(z.string(), z.string()),
  /** every channel, "neverAsked" where no statement was recorded */
  consent: z.record(z.enum(CHANNELS), ZChannelConsent),
  /** profiles merged into this one, directly or through profiles that merged into it, newest first */
  merges: z.array(ZProfileMergeRecord),
});
export type TProfileDetail = z.infer<typeof ZProfileDetail>;

export const ZProfileEvent = z.object({
  id: z.string(),
  messageId: z.string(),
  type: z.string(),
  name: z.string(),
  properties: z.record(z.string(), z.unknown()),
  context: z.record(z.string(), z.unknown()),
  timestamp: z.string(),
  receivedAt: z.string(),
});
export type TProfileEvent = z.infer<typeof ZProfileEvent>;

/** How a search was read: an exact identifier, a trait match, or free text (ids, name, email part). */
export const ZProfileSearch = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("identifier"), identityKind: z.enum(IDENTITY_KINDS), value: z.string() }),
  z.object({ kind: z.literal("trait"), key: z.string(), value: z.string() }),
  z.object({ kind: z.literal("text"), value: z.string() }),
]);

export const ZProfilePage = z.object({
  profiles: z.array(ZProfileSummary),
  nextCursor: z.string().nullable(),
  search: ZProfileSearch.nullable().describe("how `q` / `trait` was read (null without one)"),
});
export const ZProfileEventPage = z.object({ events: z.array(ZProfileEvent), nextCursor: z.string().nullable() });

/** `DELETE /api/v1/profiles/:id`: what went with the profile (counts only; the data is gone). */
export const ZProfileDeletionResult = z.object({
  deletionId: z.string().describe("the ProfileDeletion record: who, when, counts"),
  deleted: z.object({
    events: z.number().int(),
    messages: z.number().int(),
    messageEvents: z.number().int(),
    identities: z.number().int(),
    droppedIdentifiers: z.number().int(),
    consents: z.number().int(),
    topicPreferences: z.number().int(),
    enrollments: z.number().int(),
    stepLogs: z.number().int(),
    segmentMemberships: z.number().int(),
    merges: z.number().int(),
    enrollmentRefusals: z.number().int(),
  }),
});
