import { z } from "zod";

export const JOURNEY_STATUSES = ["draft", "live", "paused", "archived"] as const;
export const ZJourneyStatus = z.enum(JOURNEY_STATUSES);
export type TJourneyStatus = z.infer<typeof ZJourneyStatus>;

const ZName = z.string().trim().min(1, "must not be empty").max(120, "must be at most 120 characters");

/**
 * POST /api/v1/journeys: blank (`name`, optional `graph`), or from a gallery template
 * (`template`, optional `name`, which defaults to the template's). The graph is checked by
 * parseGraph and the settings by parseJourneySettings, not here, so they report their own paths.
 */
export const ZCreateJourneyBody = z
  .object({
    name: ZName.optional(),
    /** id of a journey template (GET /api/v1/templates/journeys) */
    template: z.string().trim().min(1, "must not be empty").max(64).optional(),
    description: z.string().max(2000).optional(),
    graph: z.unknown().optional(),
    settings: z.record(z.string(), z.unknown()).optional(),
  })
  .refine((body) => body.name !== undefined || body.template !== undefined, { path: ["name"], message: "is required unless `template` names a journey template" })
  // A template brings its own graph and settings; silently dropping the caller's would be worse than saying so.
  .refine((body) => body.template === undefined || body.graph === undefined, { path: ["graph"], message: "cannot be combined with `template`; the template brings its own graph" })
  .refine((body) => body.template === undefined || body.settings === undefined, { path: ["settings"], message: "cannot be combined with `template`; the template brings its own settings (change them after creating)" });
export type TCreateJourneyBody = z.infer<typeof ZCreateJourneyBody>;

/** PUT /api/v1/journeys/:id. `revision` (when sent) must match the stored one: two tabs never overwrite each other. */
export const ZUpdateJourneyBody = z
  .object({
    name: ZName.optional(),
    description: z.string().max(2000).optional(),
    graph: z.unknown().optional(),
    settings: z.record(z.string(), z.unknown()).optional(),
    revision: z.number().int().positive().optional(),
  })
  .strict();
export type TUpdateJourneyBody = z.infer<typeof ZUpdateJourneyBody>;

export const ZListJourneysQuery = z.object({
  status: ZJourneyStatus.optional(),
  includeArchived: z.enum(["true", "false"]).optional(),
});

export const ZJourneyOwner = z.object({ id: z.string(), name: z.string(), email: z.string() }).nullable();

/** A journey as the API returns it in lists. */
export const ZJourneySummary = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  status: ZJourneyStatus,
  revision: z.number().int(),
  liveVersionId: z.string().nullable(),
  /** number of the live (or paused) version; null until the journey is first published */
  liveVersion: z.number().int().nullable(),
  owner: ZJourneyOwner,
  nodeCount: z.number().int(),
  createdAt: z.string().describe("ISO 8601"),
  updatedAt: z.string().describe("ISO 8601"),
  archivedAt: z.string().nullable(),
});
export type TJourneySummary = z.infer<typeof ZJourneySummary>;
