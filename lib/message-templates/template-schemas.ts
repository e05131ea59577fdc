import { z } from "zod";
import { ZChannel } from "../journey/channels";

export const ZTemplateName = z.string().trim().min(1, "must not be empty").max(120, "must be at most 120 characters");

/** POST /api/v1/templates. Content is checked against the channel's schema afterwards, to report its own paths (`content.subject`). */
export const ZCreateTemplateBody = z.object({
  name: ZTemplateName,
  channel: ZChannel,
  /** omitted: the channel's starter content */
  content: z.unknown().optional(),
});
export type TCreateTemplateBody = z.infer<typeof ZCreateTemplateBody>;

/** PUT /api/v1/templates/:id. The channel is fixed at creation: journeys pick templates by channel. */
export const ZUpdateTemplateBody = z
  .object({
    name: ZTemplateName.optional(),
    content: z.unknown().optional(),
    /** the `updatedAt` the editor loaded: a save over someone else's newer save is refused (409) */
    expectedUpdatedAt: z.iso.datetime({ offset: true }).optional(),
  })
  .strict();
export type TUpdateTemplateBody = z.infer<typeof ZUpdateTemplateBody>;

export const ZListTemplatesQuery = z.object({
  channel: ZChannel.optional(),
  /** case-insensitive part of the name */
  q: z.string().max(120).optional(),
});

/**
 * A journey whose draft or live version sends a template, or an older published version of which
 * still has enrollments running (`runningVersions`, present only then: they may still send it).
 */
export const ZTemplateJourneyRef = z.object({
  id: z.string(),
  name: z.string(),
  status: z.string(),
  runningVersions: z.array(z.object({ version: z.number().int(), enrollments: z.number().int() })).optional(),
});
export type TTemplateJourneyRef = z.infer<typeof ZTemplateJourneyRef>;

/** A template as lists show it. */
export const ZTemplateSummary = z.object({
  id: z.string(),
  name: z.string(),
  channel: ZChannel,
  /** the first words of its first text (the subject of an email, the body of an SMS) */
  snippet: z.string(),
  /** journeys whose draft (archived journeys aside) or live version sends it; delete is refused while any do */
  usedBy: z.number().int(),
  createdAt: z.string().describe("ISO 8601"),
  updatedAt: z.string().describe("ISO 8601"),
});
export type TTemplateSummary = z.infer<typeof ZTemplateSummary>;

export const ZTemplateDetail = ZTemplateSummary.extend({
  content: z.record(z.string(), z.unknown()),
  /** false when stored content no longer fits its channel's schema (it is returned as stored, for repair) */
  contentValid: z.boolean(),
  journeys: z.array(ZTemplateJourneyRef),
});
export type TTemplateDetail = z.infer<typeof ZTemplateDetail>;

/** A Liquid problem, positioned within its field. */
export const ZTemplateError = z.object({ field: z.string(), line: z.number().int(), column: z.number().int(), message: z.string() });

/**
 * Content sent for preview while the marketer types: every channel's shape (texts, a list of
 * address lines, a map of webhook headers), bounded, but not yet required to be complete.
 */
const fewKeys = (max: number) => (value: object) => Object.keys(value).length <= max;
export const ZPreviewContent = z
  .record(
    z.string().max(100),
    z.union([
      z.string().max(100_000),
      z.array(z.string().max(2_000)).max(20),
      z.record(z.string().max(200), z.string().max(10_000)).refine(fewKeys(50), "must have at most 50 entries"),
    ]),
  )
  .refine(fewKeys(20), "must have at most 20 fields");

export const ZPreviewTemplateBody = z.object({
  channel: ZChannel,
  content: ZPreviewContent,
  /** a profile of the workspace; omitted: the most recently seen one */
  profileId: z.string().min(1).max(64).optional(),
});
export type TPreviewTemplateBody = z.infer<typeof ZPreviewTemplateBody>;

/** Who a preview was rendered for. */
export const ZPreviewProfile = z.object({
  id: z.string(),
  label: z.string(),
  /** true when the workspace has no profiles and made-up data stood in */
  sample: z.boolean(),
});

export const ZSmsSegments = z.object({
  encoding: z.enum(["GSM-7", "UCS-2"]),
  characters: z.number().int(),
  units: z.number().int(),
  segments: z.number().int(),
  perSegment: z.number().int(),
  nonGsmCharacters: z.array(z.string()),
});

export const ZPreviewTemplateResult = z.object({
  rendered: z.record(z.string(), z.unknown()),
  errors: z.array(ZTemplateError),
  profile: ZPreviewProfile,
  /** the event used as `event`: the profile's latest track event (null when it has none) */
  event: z.object({ name: z.string(), timestamp: z.string().describe("ISO 8601") }).nullable(),
  /** variable paths this profile and event offer (`profile.traits.first_name`, `event.properties.cart_url`) */
  variables: z.array(z.string()),
  /** SMS only: how the rendered body travels */
  sms: ZSmsSegments.optional(),
});

export const ZPreviewProfilesQuery = z.object({ q: z.string().max(100).optional() });

/** A profile in the preview picker. */
export const ZPreviewProfileOption = z.object({
  id: z.string(),
  label: z.string(),
  /** email and user id, when known */
  detail: z.string(),
  lastSeenAt: z.string().describe("ISO 8601"),
});
export type TPreviewProfileOption = z.infer<typeof ZPreviewProfileOption>;
export type TPreviewTemplateResponse = z.infer<typeof ZPreviewTemplateResult>;
