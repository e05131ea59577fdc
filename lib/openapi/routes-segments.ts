import { z } from "zod";
import { ZJob } from "../jobs/job-schemas";
import {
  ZCreateSegmentBody,
  ZEstimateSegmentBody,
  ZListSegmentsQuery,
  ZSegmentDetail,
  ZSegmentEstimate,
  ZSegmentHistory,
  ZSegmentMemberPage,
  ZSegmentMembersQuery,
  ZSegmentSummary,
  ZUpdateSegmentBody,
} from "../segments/segment-schemas";
import { defineRoute } from "./define-route";
import { errors } from "./routes-journeys";

const missing = { 404: { description: "no such segment in this workspace" } };

/** Saved audiences: definitions (the journeys' condition tree), live estimates, members, recomputes. */
export const segmentRoutes = [
  defineRoute({ method: "get", path: "/api/v1/segments", summary: "List segments by name with member counts and the journeys using each (archived ones with includeArchived=true)", tag: "Segments", permission: "journeys:read", query: ZListSegmentsQuery, responses: { 200: { description: "segments", schema: z.object({ segments: z.array(ZSegmentSummary) }) }, ...errors } }),
  defineRoute({
    method: "post",
    path: "/api/v1/segments",
    summary: "Create a segment. The definition is a condition tree without message-engagement rules; segment references must exist and form no cycle. Its first recompute starts at once",
    tag: "Segments",
    permission: "journeys:write",
    body: ZCreateSegmentBody,
    responses: { 201: { description: "the new segment, with its running recompute", schema: ZSegmentDetail }, 409: { description: "the name is taken in this workspace" }, ...errors },
  }),
  defineRoute({ method: "post", path: "/api/v1/segments/estimate", summary: "Size of an unsaved definition: exact up to 20,000 profiles, else from a random sample of 5,000 with a 95 % Wilson interval", tag: "Segments", permission: "journeys:read", body: ZEstimateSegmentBody, responses: { 200: { description: "count, interval and how many profiles were evaluated", schema: ZSegmentEstimate }, ...errors } }),
  defineRoute({ method: "get", path: "/api/v1/segments/{id}", summary: "A segment with its definition, users and newest recompute", tag: "Segments", permission: "journeys:read", responses: { 200: { description: "the segment", schema: ZSegmentDetail }, ...missing, ...errors } }),
  defineRoute({ method: "put", path: "/api/v1/segments/{id}", summary: "Rename, re-describe or redefine a segment; a new definition starts a recompute", tag: "Segments", permission: "journeys:write", body: ZUpdateSegmentBody, responses: { 200: { description: "the segment", schema: ZSegmentDetail }, 409: { description: "the name is taken, or the segment is archived" }, ...missing, ...errors } }),
  defineRoute({ method: "delete", path: "/api/v1/segments/{id}", summary: "Archive a segment (its history stays). Refused while a live journey or another segment uses it", tag: "Segments", permission: "journeys:write", responses: { 200: { description: "the archived segment", schema: ZSegmentDetail }, 409: { description: "in use: `journeys` and `segments` name the users" }, ...missing, ...errors } }),
  defineRoute({ method: "post", path: "/api/v1/segments/{id}/recompute", summary: "Recompute the segment over every profile as a background job (poll GET /api/v1/jobs/{id}); writes only entries and exits", tag: "Segments", permission: "journeys:write", responses: { 202: { description: "the started job", schema: z.object({ job: ZJob }) }, 409: { description: "a recompute of this segment is running (`jobId`), or the segment is archived" }, ...missing, ...errors } }),
  defineRoute({ method: "get", path: "/api/v1/segments/{id}/members", summary: "Current members, newest entries first, with email and user id", tag: "Segments", permission: "journeys:read", query: ZSegmentMembersQuery, responses: { 200: { description: "a page of members", schema: ZSegmentMemberPage }, ...missing, ...errors } }),
  defineRoute({ method: "get", path: "/api/v1/segments/{id}/history", summary: "The newest entries and exits, and entries / exits per day over 30 days", tag: "Segments", permission: "journeys:read", responses: { 200: { description: "history", schema: ZSegmentHistory }, ...missing, ...errors } }),
];
