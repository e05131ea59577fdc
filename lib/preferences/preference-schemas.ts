import { z } from "zod";
import { CHANNELS } from "../journey/channels";

export const ZPreferenceStatus = z.enum(["subscribed", "unsubscribed"]);

/** `PUT /api/v1/profiles/:id/consent`: any channels and topics, each "subscribed" | "unsubscribed". */
export const ZConsentUpdate = z.strictObject({
  ...Object.fromEntries(CHANNELS.map((channel) => [channel, ZPreferenceStatus.optional()])),
  topics: z.record(z.string().min(1).max(64), ZPreferenceStatus).optional(),
}) as unknown as z.ZodObject<{ [K in (typeof CHANNELS)[number]]: z.ZodOptional<typeof ZPreferenceStatus> } & { topics: z.ZodOptional<z.ZodRecord<z.ZodString, typeof ZPreferenceStatus>> }>;
export type TConsentUpdate = z.infer<typeof ZConsentUpdate>;

const ZStanding = z.object({
  status: z.enum(["subscribed", "unsubscribed", "neverAsked"]),
  /** what set it: "identify", "api", "preferenceCentre", "oneClick", … */
  source: z.string().nullable(),
  updatedAt: z.string().nullable(),
});

/** A profile's preferences: consent per channel, choice per topic, and the workspace's policy. */
export const ZProfilePreferences = z.object({
  profileId: z.string(),
  consent: z.record(z.enum(CHANNELS), ZStanding.extend({ receives: z.boolean().describe("whether a message on this channel would go out under the workspace policy") })),
  topics: z.record(
    z.string(),
    ZStanding.extend({ name: z.string(), description: z.string(), archived: z.boolean(), defaultSubscribed: z.boolean(), receives: z.boolean().describe("subscribed, or never chose and subscribed by default") }),
  ),
  policy: z.record(z.enum(CHANNELS), z.enum(["optIn", "optOut"])),
});
export type TProfilePreferences = z.infer<typeof ZProfilePreferences>;

/** `GET /api/v1/profiles/:id/preference-link`. */
export const ZPreferenceLink = z.object({ url: z.string(), unsubscribeUrl: z.string().describe("RFC 8058 one-click URL stopping email for this profile") });
