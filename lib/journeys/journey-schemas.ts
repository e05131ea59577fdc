import { z } from "zod";

export const JOURNEY_STATUSES = ["draft", "live", "paused", "archived"] as const;
export const ZJourneyStatus = z.enum(JOURNEY_STATUSES);
export type TJourneyStatus = z.infer<typeof ZJourneyStatus>;

const ZName = z.string().trim().min(1, "must not be empty").max(120, "must be at most 120 characters");

/** POST /api/v1/journeys. The graph is checked by parseGraph, not here, to report its own paths. */
export const ZCreateJourneyBody = z.object({
  name: ZName,
  description: z.string().max(2000).optional(),
  graph: z.unknown().optional(),
  settings: z.record(z.string(), z.unknown()).optional(),
});
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
  owner: ZJourneyOwner,
  nodeCount: z.number().int(),
  createdAt: z.string().describe("ISO 8601"),
  updatedAt: z.string().describe("ISO 8601"),
  archivedAt: z.string().nullable(),
});
export type TJourneySummary = z.infer<typeof ZJourneySummary>;
