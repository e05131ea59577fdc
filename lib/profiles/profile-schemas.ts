import { z } from "zod";
import { CHANNELS } from "../journey/channels";
import { IDENTITY_KINDS } from "./incoming-event";

const ZLimit = z.coerce.number().int().min(1).max(200).optional();

/** `GET /api/v1/profiles`: one exact identifier, or a page of all profiles (newest first). */
export const ZListProfilesQuery = z
  .strictObject({
    email: z.string().min(1).optional(),
    phone: z.string().min(1).optional(),
    userId: z.string().min(1).optional(),
    anonymousId: z.string().min(1).optional(),
    cursor: z.string().min(1).optional(),
    limit: ZLimit,
  })
  .superRefine((query, ctx) => {
    const given = (["email", "phone", "userId", "anonymousId"] as const).filter((key) => query[key] !== undefined);
    if (given.length > 1) ctx.addIssue({ code: "custom", path: [given[1] as string], message: `look up by one identifier at a time (${given.join(" and ")} given)` });
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

export const ZProfilePage = z.object({ profiles: z.array(ZProfileSummary), nextCursor: z.string().nullable() });
export const ZProfileEventPage = z.object({ events: z.array(ZProfileEvent), nextCursor: z.string().nullable() });
