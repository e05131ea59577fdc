import { z } from "zod";
import { ZJourneyGraph } from "../journey/graph";
import {
  ZJourneyTemplateSummary,
  ZJourneyVersionHistory,
  ZPublishedVersion,
  ZPublishJourneyBody,
  ZValidateJourneyBody,
  ZValidationIssue,
  ZValidationResult,
} from "../journeys/lifecycle-schemas";
import { defineRoute } from "./define-route";
import { errors, ZJourneyDetail } from "./routes-journeys";

const notFound = { 404: { description: "no such journey in this workspace" } };
const statusRefused = { 400: { description: "the journey's status does not allow this (`path` is `status`, the sentence says why), or invalid input" } };
const ZValidateBodyDoc = ZValidateJourneyBody.safeExtend({ graph: ZJourneyGraph.optional() });
const ZPublishRefused = z.object({
  error: z.string().describe("\"graph: N validation errors block publishing\", or \"nothing changed since version N; …\""),
  issues: z.array(ZValidationIssue).optional().describe("every finding, errors and warnings, when validation blocked publishing"),
  liveVersion: z.number().int().optional().describe("the live version, when nothing changed since it"),
  failingTests: z.array(z.record(z.string(), z.unknown())).optional().describe("with `requirePassingTests`: the saved cases that fail on the draft"),
  path: z.string().optional(),
});

/** Publishing, versions, pause/resume and the journey template gallery. */
export const journeyLifecycleRoutes = [
  defineRoute({
    method: "post",
    path: "/api/v1/journeys/{id}/validate",
    summary: "Check the draft against the publishing rules and the workspace's templates and segments (send `graph`/`settings` to check an unsaved state instead); changes nothing",
    tag: "Journeys",
    permission: "journeys:read",
    body: ZValidateBodyDoc,
    responses: { 200: { description: "the issues; `hasErrors` says whether publishing would be refused", schema: ZValidationResult }, ...notFound, ...errors },
  }),
  defineRoute({
    method: "post",
    path: "/api/v1/journeys/{id}/publish",
    summary: "Publish the draft as a new immutable version and make the journey live (a paused journey becomes live again). Failing saved test cases do not block it unless `requirePassingTests` is true",
    tag: "Journeys",
    permission: "journeys:write",
    body: ZPublishJourneyBody,
    responses: {
      201: { description: "the new version and the journey", schema: z.object({ version: ZPublishedVersion, journey: ZJourneyDetail }) },
      ...notFound,
      409: { description: "validation errors block publishing (all issues listed), nothing changed since the live version, the draft was saved meanwhile, or (with `requirePassingTests`) saved cases fail", schema: ZPublishRefused },
      ...errors,
      ...statusRefused,
    },
  }),
  defineRoute({
    method: "get",
    path: "/api/v1/journeys/{id}/versions",
    summary: "Published versions, newest first, and what publishing the draft now would add, remove or change",
    tag: "Journeys",
    permission: "journeys:read",
    responses: { 200: { description: "versions and the draft-against-live diff", schema: ZJourneyVersionHistory }, ...notFound, ...errors },
  }),
  defineRoute({
    method: "post",
    path: "/api/v1/journeys/{id}/pause",
    summary: "Pause a live journey: it keeps its live version; nobody enters or moves on until it is resumed",
    tag: "Journeys",
    permission: "journeys:write",
    responses: { 200: { description: "the paused journey", schema: ZJourneyDetail }, ...notFound, ...errors, ...statusRefused },
  }),
  defineRoute({
    method: "post",
    path: "/api/v1/journeys/{id}/resume",
    summary: "Resume a paused journey on the version it was running",
    tag: "Journeys",
    permission: "journeys:write",
    responses: { 200: { description: "the live journey", schema: ZJourneyDetail }, ...notFound, ...errors, ...statusRefused },
  }),
  defineRoute({
    method: "get",
    path: "/api/v1/templates/journeys",
    summary: "The journey template gallery: ready-made journeys to create with POST /api/v1/journeys { template }",
    tag: "Journey templates",
    permission: "journeys:read",
    responses: { 200: { description: "templates in gallery order", schema: z.object({ templates: z.array(ZJourneyTemplateSummary) }) }, ...errors },
  }),
];
