import { z } from "zod";
import { CHANNELS } from "../journey/channels";
import { DURATION_UNITS } from "../journey/duration";

/**
 * The path preview's API contract: `POST /api/v1/journeys/:id/preview` (and `/compare`), the
 * saved cases under `/api/v1/journeys/:id/tests`. Requests are parsed with these schemas (a bad
 * field is a 400 naming it: `events.3.at`, `assume.<nodeId>`); responses are documented by them
 * in the OpenAPI document and typed for the pages by the inferred types.
 */

/** Bounds on one preview: inputs past them are refused (400), never run. */
export const PREVIEW_LIMITS = {
  /** scripted events per request */
  maxEvents: 1_000,
  /** `until` may lie at most this many days after `start` */
  maxDays: 400,
  /** `until` when not given: `start` + this many days */
  defaultDays: 90,
  /** steps of the virtual clock; a run past it stops with `stoppedBecause: "iterationLimit"` */
  maxIterations: 5_000,
  /** saved cases per journey */
  maxCases: 200,
} as const;

const ZIsoDateTime = z.iso
  .datetime({ offset: true, message: "must be an ISO 8601 date-time, such as 2026-03-01T09:00:00Z" })
  .refine((iso) => {
    const year = new Date(iso).getUTCFullYear();
    return year >= 1970 && year <= 9999;
  }, "must lie between the years 1970 and 9999");

/** A span after a reference moment: `{ amount: 2, unit: "hours" }`. Zero is allowed ("at the same moment"). */
export const ZPreviewOffset = z.object({
  amount: z.number().min(0, "must be 0 or more").max(100_000, "must be at most 100,000").finite(),
  unit: z.enum(DURATION_UNITS),
});
export type TPreviewOffset = z.infer<typeof ZPreviewOffset>;

/** A scripted event's time from the start; a negative amount puts it before the start (history). */
export const ZEventOffset = ZPreviewOffset.extend({ amount: z.number().min(-100_000, "must be at least -100,000").max(100_000, "must be at most 100,000").finite() });

/** When an engagement happens after the send, or `"never"`. */
export const ZEngagementOffset = z.union([ZPreviewOffset, z.literal("never")]);
export type TEngagementOffset = z.infer<typeof ZEngagementOffset>;

/** What the simulated customer does with the message a node sends. Default: delivered at the send, never opened or clicked. */
export const ZEngagementAssumption = z
  .object({ delivered: ZEngagementOffset.optional(), opened: ZEngagementOffset.optional(), clicked: ZEngagementOffset.optional() })
  .strict();
export type TEngagementAssumption = z.infer<typeof ZEngagementAssumption>;

const ZConsentChoice = z.enum(["subscribed", "unsubscribed"]);
const ZJsonObject = z.record(z.string(), z.unknown());

/** A hypothetical profile, or overrides on a real one (traits merged; consent, topics, time zone and identities replaced where given). */
export const ZPreviewProfile = z
  .object({
    traits: ZJsonObject.optional(),
    timezone: z.string().trim().min(1).max(64).optional().describe("IANA time zone, e.g. America/New_York"),
    locale: z.string().trim().min(1).max(35).optional(),
    consent: z.partialRecord(z.enum(CHANNELS), ZConsentChoice).optional(),
    topics: z.record(z.string().min(1).max(64), ZConsentChoice).optional().describe("by topic id"),
    identities: z
      .array(z.object({ kind: z.enum(["userId", "anonymousId", "email", "phone", "deviceId"]), value: z.string().trim().min(1).max(320) }).strict())
      .max(50)
      .optional(),
  })
  .strict();
export type TPreviewProfile = z.infer<typeof ZPreviewProfile>;

/**
 * One scripted event: a track event (`event`, `properties`) or an identify (`traits`, which may
 * carry `consent` as identify's do), at an absolute time (`at`) or after the start (`after`).
 */
export const ZScriptedEvent = z
  .object({
    type: z.enum(["track", "identify"]).default("track"),
    event: z.string().trim().min(1, "must not be empty").max(200).optional().describe("track: the event name"),
    at: ZIsoDateTime.optional(),
    after: ZEventOffset.optional().describe("from `start` (negative: before it, as history); give `at` or `after`"),
    properties: ZJsonObject.optional().describe("track"),
    traits: ZJsonObject.optional().describe("identify"),
  })
  .strict()
  .superRefine((value, ctx) => {
    if ((value.at === undefined) === (value.after === undefined)) ctx.addIssue({ code: "custom", path: ["at"], message: "give exactly one of `at` (ISO time) or `after` ({ amount, unit } from start)" });
    if (value.type === "track" && value.event === undefined) ctx.addIssue({ code: "custom", path: ["event"], message: "is required for a track event" });
    if (value.type === "identify" && value.event !== undefined) ctx.addIssue({ code: "custom", path: ["event"], message: "is for track events; an identify sets `traits`" });
    if (value.type === "identify" && value.properties !== undefined) ctx.addIssue({ code: "custom", path: ["properties"], message: "is for track events; an identify sets `traits`" });
    if (value.type === "track" && value.traits !== undefined) ctx.addIssue({ code: "custom", path: ["traits"], message: "is for identify events; a track event has `properties`" });
  });
export type TScriptedEvent = z.infer<typeof ZScriptedEvent>;

export const ZPreviewVersion = z.union([z.literal("draft"), z.number().int().positive()]);
export type TPreviewVersion = z.infer<typeof ZPreviewVersion>;

const previewInputShape = {
    profileId: z.string().trim().min(1).max(200).refine((id) => !id.includes("\u0000"), "is not a profile id").optional().describe("a real profile"),
    profile: ZPreviewProfile.optional().describe("a hypothetical profile, or overrides on `profileId`"),
    start: ZIsoDateTime.optional().describe("default: now"),
    until: ZIsoDateTime.optional().describe(`default: start + ${PREVIEW_LIMITS.defaultDays} days; at most start + ${PREVIEW_LIMITS.maxDays} days`),
    duration: ZPreviewOffset.optional().describe("how long after `start` the clock runs, instead of `until` (saved cases store this)"),
    events: z.array(ZScriptedEvent).max(PREVIEW_LIMITS.maxEvents, `at most ${PREVIEW_LIMITS.maxEvents} scripted events`).optional(),
    assume: z.record(z.string().min(1).max(200), ZEngagementAssumption).optional().describe("by message node id"),
};

const oneEnd = (value: { until?: string; duration?: TPreviewOffset }) => value.until === undefined || value.duration === undefined;
const oneEndIssue = { path: ["duration"], message: "give `until` or `duration`, not both" };

/** The preview request less its version: what a saved case stores. */
export const ZPreviewInput = z.object(previewInputShape).strict().refine(oneEnd, oneEndIssue);
export type TPreviewInput = z.infer<typeof ZPreviewInput>;

export const ZPreviewRequest = z
  .object({ ...previewInputShape, version: ZPreviewVersion.optional().describe('"draft" (default) or a published version number') })
  .strict()
  .refine(oneEnd, oneEndIssue);
export type TPreviewRequest = z.infer<typeof ZPreviewRequest>;

export const ZCompareRequest = z
  .object({ ...previewInputShape, versions: z.tuple([ZPreviewVersion, ZPreviewVersion]).describe("the two versions to run side by side") })
  .strict()
  .refine(oneEnd, oneEndIssue);
export type TCompareRequest = z.infer<typeof ZCompareRequest>;

/** The step log's actions (`TLogAction`). */
export const STEP_ACTIONS = [
  "entered",
  "waiting",
  "resumed",
  "eventReceived",
  "timedOut",
  "branched",
  "assigned",
  "holdout",
  "sent",
  "failed",
  "skipped",
  "deferred",
  "suppressed",
  "passed",
  "updated",
  "completed",
  "converted",
  "exited",
] as const;

/** One decision, as the live step log records it, with its virtual time. */
export const ZPreviewStep = z.object({
  index: z.number().int(),
  at: z.string().describe("ISO time on the virtual clock"),
  nodeId: z.string(),
  nodeType: z.string(),
  nodeLabel: z.string(),
  action: z.enum(STEP_ACTIONS),
  reason: z.string(),
  handle: z.string().optional().describe("the output taken"),
  messageIndex: z.number().int().optional().describe("index in `messages` of the message this decision sent"),
});
export type TPreviewStep = z.infer<typeof ZPreviewStep>;

export const ZPreviewMessage = z.object({
  index: z.number().int(),
  nodeId: z.string(),
  at: z.string(),
  channel: z.enum(CHANNELS),
  templateId: z.string(),
  templateName: z.string().nullable(),
  recipient: z.string().nullable(),
  content: ZJsonObject.nullable().describe("the rendered fields as the outbox stores them (`rendered`); null when the template could not be rendered"),
  error: z.string().nullable(),
});
export type TPreviewMessage = z.infer<typeof ZPreviewMessage>;

export const STOPPED_BECAUSE = ["ended", "until", "notEnrolled", "iterationLimit", "invalidStep"] as const;
export type TStoppedBecause = (typeof STOPPED_BECAUSE)[number];

/** The real step log of the profile's enrollment in the live version. */
export const ZLiveRun = z.object({
  enrollmentId: z.string(),
  version: z.number().int(),
  state: z.string(),
  /** whether the prediction continues from this enrollment's current state (same version) rather than from a fresh entry */
  continued: z.boolean(),
  steps: z.array(ZPreviewStep.omit({ index: true, messageIndex: true })),
});
export type TLiveRun = z.infer<typeof ZLiveRun>;

export const ZPreviewResult = z.object({
  journey: z.object({ id: z.string(), name: z.string() }),
  version: z.object({ kind: z.enum(["draft", "published"]), number: z.number().int().nullable() }),
  profile: z.object({ id: z.string().nullable(), label: z.string(), hypothetical: z.boolean() }),
  start: z.string(),
  until: z.string(),
  steps: z.array(ZPreviewStep),
  messages: z.array(ZPreviewMessage),
  path: z.object({
    nodes: z.array(z.object({ nodeId: z.string(), visits: z.array(z.number().int()).describe("indexes in `steps`") })),
    edges: z.array(z.string()).describe("ids of the edges taken"),
  }),
  enrollment: z.object({ state: z.string(), currentNodeId: z.string().nullable(), wakeAt: z.string().nullable(), exitReason: z.string().nullable() }).nullable(),
  stoppedBecause: z.enum(STOPPED_BECAUSE),
  reason: z.string().optional(),
  live: ZLiveRun.optional(),
  /** what the preview could not know or chose to stand in for (placeholder links, memberships as of the start, …) */
  notes: z.array(z.string()),
});
export type TPreviewResult = z.infer<typeof ZPreviewResult>;

export const ZStepDifference = z.object({ index: z.number().int(), a: ZPreviewStep.nullable(), b: ZPreviewStep.nullable() });
export const ZCompareResult = z.object({ results: z.tuple([ZPreviewResult, ZPreviewResult]), firstDifference: ZStepDifference.nullable() });
export type TCompareResult = z.infer<typeof ZCompareResult>;

/** A step of a saved case's path: times relative to the case's start, so a case never rots. */
export const ZExpectedStep = z.object({ nodeId: z.string().min(1).max(200), action: z.enum(STEP_ACTIONS), handle: z.string().max(200).optional(), offsetMs: z.number().int().min(0) }).strict();
export type TExpectedStep = z.infer<typeof ZExpectedStep>;

/**
 * What a saved case stores as its input: the preview request less the version, with `start` and
 * `until` as offsets so the case means the same whenever it runs. `start` is "now" at run time
 * unless `startAt` pins it; scripted `at` times are kept as offsets from the start.
 */
export const ZCaseInput = ZPreviewInput;
export type TCaseInput = TPreviewInput;

export const ZCreateTestCaseBody = z
  .object({
    name: z.string().trim().min(1, "must not be empty").max(120, "must be at most 120 characters"),
    input: ZCaseInput,
    expected: z.array(ZExpectedStep).max(PREVIEW_LIMITS.maxIterations).optional().describe("default: the path the draft's preview takes now"),
  })
  .strict();
export type TCreateTestCaseBody = z.infer<typeof ZCreateTestCaseBody>;

export const ZTestCase = z.object({
  id: z.string(),
  name: z.string(),
  input: ZCaseInput,
  expected: z.array(ZExpectedStep),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TTestCase = z.infer<typeof ZTestCase>;

export const ZRunTestCasesBody = z.object({ version: ZPreviewVersion.optional().describe('"draft" (default) or a published version number') }).strict();

export const ZCaseDifference = z.object({ index: z.number().int(), expected: ZExpectedStep.nullable(), actual: ZExpectedStep.nullable() });

export const ZTestCaseOutcome = z.object({
  id: z.string(),
  name: z.string(),
  passed: z.boolean(),
  firstDifference: ZCaseDifference.nullable(),
  /** set when the case could not run at all (its profile was deleted, …); such a case fails */
  error: z.string().optional(),
});
export type TTestCaseOutcome = z.infer<typeof ZTestCaseOutcome>;

export const ZRunTestCasesResult = z.object({ version: z.object({ kind: z.enum(["draft", "published"]), number: z.number().int().nullable() }), passed: z.number().int(), failed: z.number().int(), cases: z.array(ZTestCaseOutcome) });
export type TRunTestCasesResult = z.infer<typeof ZRunTestCasesResult>;

/** What publishing the draft would do to the saved cases: which would change outcome against the live version. */
export const ZTestImpact = z.object({
  liveVersion: z.number().int().nullable(),
  total: z.number().int(),
  /** cases whose path under the draft differs from their expected path */
  failing: z.array(ZTestCaseOutcome),
  /** cases whose outcome differs between the live version and the draft (most often: pass now, fail after publishing) */
  changed: z.array(z.object({ id: z.string(), name: z.string(), passedLive: z.boolean(), passedDraft: z.boolean() })),
});
export type TTestImpact = z.infer<typeof ZTestImpact>;

/** A case as it travels in a journey export (no ids: import names them anew). */
export const ZTestCaseExport = z.object({ name: ZCreateTestCaseBody.shape.name, input: ZCaseInput, expected: z.array(ZExpectedStep) }).strict();
export type TTestCaseExport = z.infer<typeof ZTestCaseExport>;

export const ZImportTestCasesBody = z.object({ testCases: z.array(ZTestCaseExport).max(PREVIEW_LIMITS.maxCases) }).strict();
