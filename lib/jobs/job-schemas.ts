import { z } from "zod";

export const JOB_KINDS = ["segmentRecompute", "profileImport"] as const;
export type TJobKind = (typeof JOB_KINDS)[number];

export const JOB_STATUSES = ["queued", "running", "succeeded", "failed"] as const;
export type TJobStatus = (typeof JOB_STATUSES)[number];

/** A background job as the API and the progress bar see it. */
export const ZJob = z.object({
  id: z.string(),
  kind: z.enum(JOB_KINDS),
  status: z.enum(JOB_STATUSES),
  input: z.record(z.string(), z.unknown()),
  total: z.number().int().nullable(),
  processed: z.number().int(),
  failed: z.number().int(),
  /** 0–1 when the total is known, else null (the bar shows activity without a percentage) */
  progress: z.number().min(0).max(1).nullable(),
  result: z.record(z.string(), z.unknown()),
  error: z.string().nullable(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});
export type TJob = z.infer<typeof ZJob>;

export const ZJobError = z.object({ row: z.number().int(), field: z.string().nullable(), message: z.string() });
export type TJobError = z.infer<typeof ZJobError>;

export const ZJobErrorPage = z.object({ errors: z.array(ZJobError), nextCursor: z.number().int().nullable() });

export const ZJobErrorQuery = z.object({
  after: z.coerce.number().int().nonnegative().optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  format: z.enum(["json", "csv"]).default("json"),
});
