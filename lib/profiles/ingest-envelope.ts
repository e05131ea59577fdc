import { z } from "zod";
import { ZIsoTime, ZJsonObject } from "./event-schemas";
import { findJsonProblem } from "./find-json-problem";

/**
 * The outside of a batch request, checked before its events: `batch` must be a list, and the
 * batch-level context and sentAt (applied to every event) must be well formed. Events are
 * validated one by one afterwards, so one bad event does not sink the others.
 */
export const ZIngestEnvelope = z
  .looseObject({
    batch: z.array(z.unknown(), { error: "must be an array of events" }),
    context: ZJsonObject.nullish(),
    sentAt: ZIsoTime.nullish(),
  }, { error: "must be a JSON object with a batch array" })
  .superRefine((envelope, ctx) => {
    const problem = envelope.context ? findJsonProblem(envelope.context) : null;
    if (problem) ctx.addIssue({ code: "custom", path: ["context", ...problem.path], message: problem.message });
  });
