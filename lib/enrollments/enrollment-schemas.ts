import { z } from "zod";

export const ENROLLMENT_STATES = ["active", "waiting", "completed", "exited"] as const;

/** GET /api/v1/enrollments query. */
export const ZListEnrollmentsQuery = z.object({
  journeyId: z.string().min(1).optional(),
  profileId: z.string().min(1).optional(),
  state: z.enum(ENROLLMENT_STATES).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const ZStepLogLine = z.object({ at: z.string(), nodeId: z.string(), nodeType: z.string(), action: z.string(), reason: z.string(), handle: z.string().nullable() });

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
  steps: z.array(ZStepLogLine).describe("the step log, oldest first, each decision with its reason"),
});
export type TEnrollmentDto = z.infer<typeof ZEnrollmentDto>;

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
