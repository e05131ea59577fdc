import { z } from "zod";
import { ZEnrollBody, ZEnrollmentPage, ZEnrollResult, ZListEnrollmentsQuery, ZStepPage, ZStepPageQuery } from "../enrollments/enrollment-schemas";
import { ZListMessagesQuery, ZMessageDto } from "../messages/message-schemas";
import { defineRoute } from "./define-route";
import { errors } from "./routes-journeys";

/** The journey runner's operations API: enrollments, the outbox, the API trigger. */
export const engineRoutes = [
  defineRoute({
    method: "get",
    path: "/api/v1/enrollments",
    summary: "Enrollments, newest first, a page at a time: where each profile stands (current node, wake time, awaited event), the first 200 lines of its step log with reasons, the log's length (`stepCount`) and the cursor for the rest (`stepsNextCursor`)",
    tag: "Engine",
    permission: "journeys:read",
    query: ZListEnrollmentsQuery,
    responses: { 200: { description: "enrollments and the cursor of the next page", schema: ZEnrollmentPage }, ...errors },
  }),
  defineRoute({
    method: "get",
    path: "/api/v1/enrollments/{id}/steps",
    summary: "An enrollment's step log, oldest first (by time, then id), a page at a time",
    tag: "Engine",
    permission: "journeys:read",
    query: ZStepPageQuery,
    responses: { 200: { description: "steps and the cursor of the next page (null on the last)", schema: ZStepPage }, 404: { description: "no such enrollment in this workspace" }, ...errors },
  }),
  defineRoute({
    method: "get",
    path: "/api/v1/messages",
    summary: "The outbox, newest first: status, rendered content, idempotency key, provider answer and engagement",
    tag: "Engine",
    permission: "journeys:read",
    query: ZListMessagesQuery,
    responses: { 200: { description: "messages", schema: z.object({ messages: z.array(ZMessageDto) }) }, ...errors },
  }),
  defineRoute({
    method: "post",
    path: "/api/v1/journeys/{id}/enroll",
    summary: "API trigger: enrol a profile (by profileId, userId or email) into a live journey and take its first step now",
    tag: "Engine",
    permission: "journeys:write",
    body: ZEnrollBody,
    responses: {
      ...errors,
      201: { description: "enrolled; where the first step left the profile and how many messages it queued", schema: ZEnrollResult },
      400: { description: "the journey is not live (`path` is `status`), or invalid input" },
      404: { description: "no such journey or profile in this workspace" },
      409: { description: "the trigger, the re-entry policy or an entry limit refused; `reason` says which", schema: z.object({ error: z.string(), reason: z.string() }) },
    },
  }),
];
