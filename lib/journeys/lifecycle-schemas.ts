import { z } from "zod";
import { ZJourneyOwner } from "./journey-schemas";

/**
 * Shapes of the publishing, version and template-gallery answers. The lib functions return the
 * inferred types and the OpenAPI document is generated from the same schemas, so the two cannot
 * drift apart.
 */

/** One finding of validateJourney, as the API returns it. */
export const ZValidationIssue = z.object({
  nodeId: z.string().optional(),
  edgeId: z.string().optional(),
  severity: z.enum(["error", "warning"]),
  code: z.string().describe("stable kebab-case code, e.g. message-template-unknown"),
  message: z.string(),
  fix: z.string().describe("what to do about it, as an imperative sentence"),
});

/** POST /api/v1/journeys/:id/validate answer. */
export const ZValidationResult = z.object({
  issues: z.array(ZValidationIssue),
  /** true when at least one issue is an error, i.e. publishing would be refused */
  hasErrors: z.boolean(),
});
export type TValidationResult = z.infer<typeof ZValidationResult>;

/**
 * POST /api/v1/journeys/:id/validate body. Empty: the stored draft is checked. With `graph`
 * and/or `settings`: those are checked instead (an unsaved editor state), against the same
 * workspace templates and segments.
 */
export const ZValidateJourneyBody = z
  .object({
    graph: z.unknown().optional(),
    settings: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();
export type TValidateJourneyBody = z.infer<typeof ZValidateJourneyBody>;

/**
 * POST /api/v1/journeys/:id/publish (a body is optional). Saved test cases never block
 * publishing unless `requirePassingTests` asks for it: then a draft on which a case fails is
 * refused (409, the failing cases listed), as a team's CI would want.
 */
export const ZPublishJourneyBody = z.object({ requirePassingTests: z.boolean().optional() }).strict();
export type TPublishJourneyBody = z.infer<typeof ZPublishJourneyBody>;

/** The version a publish created. `author` is null when a management key published. */
export const ZPublishedVersion = z.object({
  id: z.string(),
  version: z.number().int().positive(),
  publishedAt: z.string().describe("ISO 8601"),
  author: ZJourneyOwner,
});
export type TPublishedVersion = z.infer<typeof ZPublishedVersion>;

/** A published version in lists. `author` is null when an API key published it. */
export const ZJourneyVersionSummary = ZPublishedVersion.extend({
  nodeCount: z.number().int(),
  /** whether this is the version the journey runs (or would run, when paused) */
  live: z.boolean(),
});
export type TJourneyVersionSummary = z.infer<typeof ZJourneyVersionSummary>;

/** A step named in a diff, with what the canvas card would say about it. */
export const ZDiffNode = z.object({
  id: z.string(),
  type: z.string(),
  summary: z.string(),
  /** for changed steps whose summary differs: what the live version's card says */
  previousSummary: z.string().optional(),
});
export type TDiffNode = z.infer<typeof ZDiffNode>;

/** What publishing the draft now would change, compared with the live version. */
export const ZDraftDiff = z.object({
  /** null when nothing was published yet; then every draft step counts as added */
  liveVersion: z.number().int().nullable(),
  added: z.array(ZDiffNode),
  removed: z.array(ZDiffNode),
  /** steps whose type, settings or outgoing connections changed (positions are ignored) */
  changed: z.array(ZDiffNode),
  /** true when publishing would be refused as "nothing changed" (graph and settings identical) */
  unchanged: z.boolean(),
});
export type TDraftDiff = z.infer<typeof ZDraftDiff>;

/** GET /api/v1/journeys/:id/versions answer. */
export const ZJourneyVersionHistory = z.object({ versions: z.array(ZJourneyVersionSummary), diff: ZDraftDiff });
export type TJourneyVersionHistory = z.infer<typeof ZJourneyVersionHistory>;

/** A gallery entry of GET /api/v1/templates/journeys. */
export const ZJourneyTemplateSummary = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  pattern: z.string().describe("orchestration pattern: cascade, reinforcement, channel-switch, …"),
  nodeCount: z.number().int(),
  /** channels its message steps send on, in the order the journey first uses them */
  channels: z.array(z.string()),
});
export type TJourneyTemplateSummary = z.infer<typeof ZJourneyTemplateSummary>;
