import { z } from "zod";

export const ENROLLMENT_STATES = ["active", "waiting", "completed", "exited"] as const;

/** Steps each enrollment of the list carries; the rest are paged with GET /api/v1/enrollments/:id/steps. */
export const STEPS_PER_ENROLLMENT = 200;
/** Most steps one page of GET /api/v1/enrollments/:id/steps returns. */
export const MAX_STEP_PAGE = 1000;

/** GET /api/v1/enrollments query. */
// PostgreSQL refuses text holding a NUL (an error, not "no rows"): such an id is a 400, not a 500.
const ZFilterId = z.string().min(1).max(200).refine((id) => !id.includes("\u0000"), "must not contain a NUL character").optional();

export const ZListEnrollmentsQuery = z.object({
  journeyId: ZFilterId,
  profileId: ZFilterId,
  state: z.enum(ENROLLMENT_STATES).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().min(1).optional().describe("`nextCursor` of the previous page"),
});

/** GET /api/v1/enrollments/:id/steps query. */
export const ZStepPageQuery = z.strictObject({
  cursor: z.string().min(1).optional().describe("`nextCursor` of the previous page, or `stepsNextCursor` of the enrollment in the list"),
  limit: z.coerce.number().int().min(1).max(MAX_STEP_PAGE).default(STEPS_PER_ENROLLMENT),
});
export type TStepPageQuery = z.output<typeof ZStepPageQuery>;

export const ZStepLogLine = z.object({
  id: z.string(),
  at: z.string(),
  nodeId: z.string(),
  nodeType: z.string(),
  action: z.string(),
  reason: z.string(),
  handle: z.string().nullable(),
});
export type TStepLogLine = z.infer<typeof ZStepLogLine>;

export const ZStepPage = z.object({
  steps: z.array(ZStepLogLine).describe("oldest first (by time, then id)"),
  nextCursor: z.string().nullable().describe("null on the last page"),
});

export const ZEnrollmentDto = z.object({
  id: z.string(),
  journeyId: z.string(),
  journeyName: z.string(),
  versionId: z.string(),
  profileId: z.string(),
  state: z.string(),
  currentNodeId: z.string().nullable(),
  wakeAt: z.string().nullable().describe("when the runner steps it next"),
  waitingFor: z.string().nullable().describe("the event a wait-for-event node listens for"),
  enteredAt: z.string(),
  exitedAt: z.string().nullable(),
  exitReason: z.string().nullable(),
  convertedAt: z.string().nullable(),
  steps: z.array(ZStepLogLine).describe(`the first ${STEPS_PER_ENROLLMENT} lines of the step log, oldest first, each decision with its reason`),
  stepCount: z.number().int().describe("lines in the whole step log"),
  stepsNextCursor: z.string().nullable().describe("cursor for GET /api/v1/enrollments/{id}/steps when `steps` is not the whole log; null when it is"),
});
export type TEnrollmentDto = z.infer<typeof ZEnrollmentDto>;

export const ZEnrollmentPage = z.object({ enrollments: z.array(ZEnrollmentDto), nextCursor: z.string().nullable().describe("null on the last page") });

/** POST /api/v1/journeys/:id/enroll: who, by profile id, user id or email (exactly one). */
export const ZEnrollBody = z
  .object({
    profileId: z.string().min(1).optional(),
    userId: z.string().min(1).optional(),
    email: z.string().trim().min(3).optional(),
    /** Properties of the trigger event an API enrolment stands for (event-triggered journeys), for templates and filters. */
    properties: z.record(z.string(), z.unknown()).optional(),
    /** Only with WAYMARK_TEST_CLOCK=1. */
    now: z.iso.datetime({ offset: true }).optional(),
  })
  .strict()
  .refine((b) => [b.profileId, b.userId, b.email].filter((v) => v !== undefined).length === 1, { path: ["profileId"], message: "give exactly one of profileId, userId or email" });
export type TEnrollBody = z.infer<typeof ZEnrollBody>;

export const ZEnrollResult = z.object({ enrollmentId: z.string(), state: z.string(), currentNodeId: z.string().nullable(), sent: z.number().int() });
