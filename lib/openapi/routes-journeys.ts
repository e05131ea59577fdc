import { z } from "zod";
import { ZJourneyGraph } from "../journey/graph";
import { ZCreateJourneyBody, ZJourneySummary, ZListJourneysQuery, ZUpdateJourneyBody } from "../journeys/journey-schemas";
import { defineRoute } from "./define-route";

export const ZJourneyDetail = ZJourneySummary.extend({ graph: ZJourneyGraph, settings: z.record(z.string(), z.unknown()), graphValid: z.boolean() });
/** GET /api/v1/journeys/:id also says when a live schedule journey fires next. */
export const ZJourneyDetailWithSchedule = ZJourneyDetail.extend({ nextRunAt: z.iso.datetime().nullable().meta({ description: "next firing of a live schedule trigger (ISO, UTC); null for other triggers or when not live" }) });
const ZCreateBodyDoc = ZCreateJourneyBody.safeExtend({ graph: ZJourneyGraph.optional() });
const ZUpdateBodyDoc = ZUpdateJourneyBody.safeExtend({ graph: ZJourneyGraph.optional() });
export const errors = { 400: { description: "invalid input: `error` names the field, `path` is its zod path" }, 401: { description: "not signed in and no valid management key" }, 403: { description: "the role may not do this (analysts are read-only)" } };

export const journeyRoutes = [
  defineRoute({ method: "get", path: "/api/v1/schema/journey", summary: "The journey format (export/import and this API's graph) as JSON Schema, for journeys written as code", tag: "Journeys", permission: null, responses: { 200: { description: "a JSON Schema (draft 2020-12) document", schema: z.record(z.string(), z.unknown()) } } }),
  defineRoute({ method: "get", path: "/api/v1/journeys", summary: "List journeys (archived ones with includeArchived=true)", tag: "Journeys", permission: "journeys:read", query: ZListJourneysQuery, responses: { 200: { description: "journeys, most recently updated first", schema: z.object({ journeys: z.array(ZJourneySummary) }) }, ...errors } }),
  defineRoute({ method: "post", path: "/api/v1/journeys", summary: "Create a draft journey: blank (`name`, optionally `graph`; without a graph it starts as a lone trigger) or from a gallery template (`template`, optionally `name`), which also creates the message templates and segments it needs", tag: "Journeys", permission: "journeys:write", body: ZCreateBodyDoc, responses: { 201: { description: "the new journey", schema: ZJourneyDetail }, ...errors } }),
  defineRoute({ method: "get", path: "/api/v1/journeys/{id}", summary: "Get a journey with its draft graph", tag: "Journeys", permission: "journeys:read", responses: { 200: { description: "the journey", schema: ZJourneyDetailWithSchedule }, 404: { description: "no such journey in this workspace" }, ...errors } }),
  defineRoute({ method: "put", path: "/api/v1/journeys/{id}", summary: "Rename, describe or save the draft graph; send `revision` to refuse overwriting someone else's save", tag: "Journeys", permission: "journeys:write", body: ZUpdateBodyDoc, responses: { 200: { description: "the saved journey (revision incremented)", schema: ZJourneyDetail }, 404: { description: "no such journey" }, 409: { description: "revision is stale: someone saved in between" }, ...errors } }),
  defineRoute({ method: "delete", path: "/api/v1/journeys/{id}", summary: "Archive a journey (kept for history, read-only, out of the list)", tag: "Journeys", permission: "journeys:write", responses: { 200: { description: "the archived journey", schema: ZJourneyDetail }, 404: { description: "no such journey" }, ...errors } }),
  defineRoute({ method: "post", path: "/api/v1/journeys/{id}/duplicate", summary: "Copy a journey's draft into a new draft journey", tag: "Journeys", permission: "journeys:write", responses: { 201: { description: "the copy", schema: ZJourneyDetail }, 404: { description: "no such journey" }, ...errors } }),
];
