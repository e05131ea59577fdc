import { z } from "zod";
import { ZCondition } from "../journey/conditions/schema";
import { ZJob } from "../jobs/job-schemas";

/** A new segment: a name unique in the workspace and a condition tree (the journeys' one). */
export const ZCreateSegmentBody = z.object({
  name: z.string().trim().min(1, "must not be blank").max(120, "must be at most 120 characters"),
  description: z.string().max(1_000, "must be at most 1,000 characters").optional(),
  definition: ZCondition,
});
export type TCreateSegmentBody = z.infer<typeof ZCreateSegmentBody>;

/** Any of the fields; a changed definition starts a recompute. */
export const ZUpdateSegmentBody = ZCreateSegmentBody.partial();
export type TUpdateSegmentBody = z.infer<typeof ZUpdateSegmentBody>;

export const ZEstimateSegmentBody = z.object({ definition: ZCondition });

export const ZListSegmentsQuery = z.object({ includeArchived: z.enum(["true", "false"]).optional() });

export const ZSegmentMembersQuery = z.object({
  /** the membership id to continue after (from `nextCursor`) */
  after: z.string().min(1).max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/** A segment as lists show it. */
export const ZSegmentSummary = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  memberCount: z.number().int(),
  computedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  archivedAt: z.string().nullable(),
  /** journeys (not archived) whose draft or live version names the segment */
  usedBy: z.array(z.object({ id: z.string(), name: z.string(), status: z.string() })),
});
export type TSegmentSummary = z.infer<typeof ZSegmentSummary>;

export const ZSegmentDetail = ZSegmentSummary.extend({
  definition: ZCondition,
  /** other segments whose definitions read this one */
  usedBySegments: z.array(z.object({ id: z.string(), name: z.string() })),
  /** the newest recompute, running or finished */
  latestRecompute: ZJob.nullable(),
});
export type TSegmentDetail = z.infer<typeof ZSegmentDetail>;

/** The size of a definition: exact, or from a random sample with a 95 % Wilson interval. */
export const ZSegmentEstimate = z.object({
  count: z.number().int(),
  exact: z.boolean(),
  low: z.number().int(),
  high: z.number().int(),
  evaluated: z.number().int(),
  totalProfiles: z.number().int(),
});
export type TSegmentEstimate = z.infer<typeof ZSegmentEstimate>;

export const ZSegmentMember = z.object({
  profileId: z.string(),
  email: z.string().nullable(),
  userId: z.string().nullable(),
  enteredAt: z.string(),
});
export const ZSegmentMemberPage = z.object({ members: z.array(ZSegmentMember), nextCursor: z.string().nullable() });
export type TSegmentMemberPage = z.infer<typeof ZSegmentMemberPage>;

export const ZSegmentHistory = z.object({
  recent: z.array(z.object({ profileId: z.string(), email: z.string().nullable(), change: z.enum(["entered", "exited"]), at: z.string() })),
  /** the last 30 days, oldest first (UTC days) */
  perDay: z.array(z.object({ day: z.string(), entered: z.number().int(), exited: z.number().int() })),
});
export type TSegmentHistory = z.infer<typeof ZSegmentHistory>;
