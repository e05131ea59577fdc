import { z } from "zod";
import { CHANNELS } from "../journey/channels";

/**
 * The Segment HTTP Tracking API, field for field (https://segment.com/docs/connections/sources/catalog/libraries/server/http-api/).
 * These schemas validate what arrives and document it in OpenAPI. Unknown top-level fields are
 * ignored, as Segment ignores them: real clients send extras (`_metadata`, `channel`, `writeKey`).
 * Free-form objects (properties, traits, context) are checked for shape but kept as sent.
 */

export const EVENT_TYPES = ["track", "identify", "page", "screen", "group", "alias"] as const;
export const ZEventType = z.enum(EVENT_TYPES);
export type TEventType = z.infer<typeof ZEventType>;

export const CONSENT_STATUSES = ["subscribed", "unsubscribed"] as const;
export const ZConsentStatus = z.enum(CONSENT_STATUSES);
export type TConsentStatus = z.infer<typeof ZConsentStatus>;

/** Longest identifier, event name or message id accepted (Identity.value is indexed). */
export const MAX_IDENTIFIER_LENGTH = 255;

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** A JSON object, kept as sent (zod's record would rebuild it and drop keys such as `__proto__`). */
export const ZJsonObject = z.custom<Record<string, unknown>>(isPlainObject, { message: "expected an object" }).meta({ type: "object", additionalProperties: true });

/** Segment's clients send ids as strings; some send numbers. Both are stored as strings. */
const ZId = z
  .union([z.string().max(MAX_IDENTIFIER_LENGTH, `must be at most ${MAX_IDENTIFIER_LENGTH} characters`), z.number().finite()], { error: (issue) => (issue.input === undefined ? "is required" : "must be a string or a number") })
  .transform((value) => String(value));
const ZOptionalId = ZId.nullish();

const ISO_8601 = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;
/** An ISO 8601 date-time; the year is held to 1000–9999 so every database stores it. */
export const ZIsoTime = z
  .string()
  .regex(ISO_8601, "must be an ISO 8601 date-time such as 2026-11-29T09:30:00.000Z")
  .transform((value, ctx) => {
    const time = new Date(value);
    if (Number.isNaN(time.getTime()) || time.getUTCFullYear() < 1000 || time.getUTCFullYear() > 9999) {
      ctx.addIssue({ code: "custom", message: "is not a date between the years 1000 and 9999" });
      return z.NEVER;
    }
    return time;
  });

/** `{ email: "subscribed", sms: "unsubscribed", … }`: per channel, what the person agreed to. */
export const ZConsent = z.partialRecord(z.enum(CHANNELS), ZConsentStatus).meta({
  description: "Consent per channel. Send it as traits.consent (identify) or context.consent (any call); unsubscribed always wins over subscribed when two profiles merge.",
});
export type TConsentInput = z.infer<typeof ZConsent>;

export const ZEventContext = z
  .looseObject({
    ip: z.string().max(64).nullish(),
    /** BCP 47 (`en-GB`; `en_GB` is accepted) */
    locale: z.string().max(35).nullish(),
    /** IANA time zone (`Europe/Paris`) */
    timezone: z.string().max(64).nullish(),
    device: z.looseObject({ id: ZOptionalId }).nullish(),
    /** the user's traits as the client knew them; email and phone here link identities */
    traits: ZJsonObject.nullish(),
    library: z.looseObject({ name: z.string().nullish(), version: z.string().nullish() }).nullish(),
    consent: ZJsonObject.nullish(),
  })
  .meta({ description: "Segment context: ip, locale, timezone, device.id, traits, library, consent; other fields are stored as sent" });

const ZCommon = z.looseObject({
  userId: ZOptionalId,
  anonymousId: ZOptionalId,
  /** generated when absent; a repeated messageId in a workspace is stored once */
  messageId: ZOptionalId,
  timestamp: ZIsoTime.nullish(),
  originalTimestamp: ZIsoTime.nullish(),
  sentAt: ZIsoTime.nullish(),
  context: ZEventContext.nullish(),
  /** accepted and ignored: Waymark is the destination */
  integrations: z.unknown().optional(),
});

const ZEventName = z.string({ error: (issue) => (issue.input === undefined ? "is required" : "must be a string") }).trim().min(1, "must not be empty").max(MAX_IDENTIFIER_LENGTH, `must be at most ${MAX_IDENTIFIER_LENGTH} characters`);

export const ZTrackEvent = ZCommon.extend({ event: ZEventName, properties: ZJsonObject.nullish() });
export const ZIdentifyEvent = ZCommon.extend({ traits: ZJsonObject.nullish() });
export const ZPageEvent = ZCommon.extend({ name: z.string().max(MAX_IDENTIFIER_LENGTH).nullish(), category: z.string().max(MAX_IDENTIFIER_LENGTH).nullish(), properties: ZJsonObject.nullish() });
export const ZScreenEvent = ZPageEvent;
export const ZGroupEvent = ZCommon.extend({ groupId: ZId, traits: ZJsonObject.nullish() });
export const ZAliasEvent = ZCommon.extend({ previousId: ZId, userId: ZId });

/** The schema of each call, by type. */
export const EVENT_SCHEMAS = {
  track: ZTrackEvent,
  identify: ZIdentifyEvent,
  page: ZPageEvent,
  screen: ZScreenEvent,
  group: ZGroupEvent,
  alias: ZAliasEvent,
} as const satisfies Record<TEventType, z.ZodType>;

export type TParsedEvent = z.output<(typeof EVENT_SCHEMAS)[TEventType]>;

/** One item of a batch: any call with its `type`. */
export const ZBatchItem = z.discriminatedUnion("type", [
  ZTrackEvent.extend({ type: z.literal("track") }),
  ZIdentifyEvent.extend({ type: z.literal("identify") }),
  ZPageEvent.extend({ type: z.literal("page") }),
  ZScreenEvent.extend({ type: z.literal("screen") }),
  ZGroupEvent.extend({ type: z.literal("group") }),
  ZAliasEvent.extend({ type: z.literal("alias") }),
]);

/** `POST /v1/batch`: context, integrations and sentAt at the top apply to every event. */
export const ZBatchBody = z.looseObject({
  batch: z.array(ZBatchItem),
  context: ZEventContext.nullish(),
  integrations: z.unknown().optional(),
  sentAt: ZIsoTime.nullish(),
});

/** What every accepted single call answers, as Segment does. */
export const ZIngestSuccess = z.object({ success: z.literal(true) });

/** The batch answer: valid events are kept even when others are rejected. */
export const ZBatchResult = z.object({
  success: z.boolean().meta({ description: "true when no event was rejected" }),
  accepted: z.number().int().meta({ description: "valid events (a repeated messageId counts, and is stored once)" }),
  rejected: z.array(z.object({ index: z.number().int(), error: z.string(), path: z.string() })),
});
