import { z } from "zod";
import { ZJourneyGraph } from "../journey/graph";
import {
  ZCompareRequest,
  ZCompareResult,
  ZCreateTestCaseBody,
  ZImportTestCasesBody,
  ZPreviewRequest,
  ZPreviewResult,
  ZRunTestCasesBody,
  ZRunTestCasesResult,
  ZTestCase,
  ZTestCaseExport,
  ZTestImpact,
} from "../preview/preview-schemas";
import { defineRoute } from "./define-route";
import { errors } from "./routes-journeys";

const notFound = { 404: { description: "no such journey (or test case) in this workspace" } };
const previewErrors = {
  400: { description: "invalid input, named by `path`: an unknown profile (`profileId`) or version (`version`), an `assume` key that is not a message step of the version (`assume.<nodeId>`), a scripted event with bad types (`events.3.at`), more than 1,000 events, `until` more than 400 days after `start`" },
};

/** The path preview and the saved cases (issue 11). */
export const previewRoutes = [
  defineRoute({
    method: "post",
    path: "/api/v1/journeys/{id}/preview",
    summary:
      "Run one profile (real, hypothetical, or real with overrides) through the draft or a published version on a virtual clock, with a scripted timeline of events and engagement assumptions per message step: every decision with its reason and every message rendered as the outbox would. Writes nothing",
    tag: "Preview",
    permission: "journeys:read",
    body: ZPreviewRequest,
    responses: { 200: { description: "the predicted path; `live` holds the real step log when the profile is enrolled in the live version", schema: ZPreviewResult }, ...notFound, ...errors, ...previewErrors },
  }),
  defineRoute({
    method: "post",
    path: "/api/v1/journeys/{id}/preview/compare",
    summary: "The same preview through two versions side by side (e.g. the draft and the live version), with the first step where their paths part",
    tag: "Preview",
    permission: "journeys:read",
    body: ZCompareRequest,
    responses: { 200: { description: "both results, in the order of `versions`", schema: ZCompareResult }, ...notFound, ...errors, ...previewErrors },
  }),
  defineRoute({
    method: "get",
    path: "/api/v1/journeys/{id}/tests",
    summary: "The journey's saved preview cases",
    tag: "Preview",
    permission: "journeys:read",
    responses: { 200: { description: "cases by name", schema: z.object({ cases: z.array(ZTestCase) }) }, ...notFound, ...errors },
  }),
  defineRoute({
    method: "post",
    path: "/api/v1/journeys/{id}/tests",
    summary: "Save a preview as a test case: who, the timeline, the assumptions and the expected path (without `expected`, the path the draft's preview takes now). Times are kept relative to the case's start",
    tag: "Preview",
    permission: "journeys:write",
    body: ZCreateTestCaseBody,
    responses: { 201: { description: "the saved case", schema: ZTestCase }, ...notFound, 409: { description: "a case of that name exists for this journey" }, ...errors, ...previewErrors },
  }),
  defineRoute({
    method: "delete",
    path: "/api/v1/journeys/{id}/tests/{caseId}",
    summary: "Delete a saved case",
    tag: "Preview",
    permission: "journeys:write",
    responses: { 200: { description: "the deleted case", schema: z.object({ id: z.string() }) }, ...notFound, ...errors },
  }),
  defineRoute({
    method: "post",
    path: "/api/v1/journeys/{id}/tests/run",
    summary: "Rerun every saved case against the draft (default) or a published version; read-only, so a team can run it in its own CI",
    tag: "Preview",
    permission: "journeys:read",
    body: ZRunTestCasesBody,
    responses: { 200: { description: "per case: passed, and the first step where the path differs from the expected one", schema: ZRunTestCasesResult }, ...notFound, ...errors },
  }),
  defineRoute({
    method: "get",
    path: "/api/v1/journeys/{id}/tests/impact",
    summary: "What publishing the draft would do to the saved cases: those failing on the draft, and those whose outcome changes against the live version (the publish dialog shows it and asks to confirm)",
    tag: "Preview",
    permission: "journeys:read",
    responses: { 200: { description: "failing and changed cases", schema: ZTestImpact }, ...notFound, ...errors },
  }),
  defineRoute({
    method: "post",
    path: "/api/v1/journeys/{id}/tests/import",
    summary: "Add cases from a journey export (`testCases`); a case whose name exists is replaced",
    tag: "Preview",
    permission: "journeys:write",
    body: ZImportTestCasesBody,
    responses: { 200: { description: "the journey's cases after the import", schema: z.object({ imported: z.number().int(), cases: z.array(ZTestCase) }) }, ...notFound, ...errors },
  }),
  defineRoute({
    method: "get",
    path: "/api/v1/journeys/{id}/export",
    summary: "The journey as a file the editor's import reads back: name, draft graph, settings and its saved test cases",
    tag: "Journeys",
    permission: "journeys:read",
    responses: {
      200: { description: "the export", schema: z.object({ name: z.string(), graph: ZJourneyGraph, settings: z.record(z.string(), z.unknown()), testCases: z.array(ZTestCaseExport) }) },
      ...notFound,
      ...errors,
    },
  }),
];
