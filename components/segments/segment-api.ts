import { callApi, type TApiResult } from "@/components/ui/call-api";
import type { TCondition } from "@/lib/journey/conditions/schema";
import type { TJob } from "@/lib/jobs/job-schemas";
import type { TSegmentDetail, TSegmentEstimate } from "@/lib/segments/segment-schemas";


export type TSegmentInput = { name: string; description: string; definition: TCondition };

/** Creates (no id) or saves a segment through the public API. */
export function saveSegment(id: string | null, input: TSegmentInput): Promise<TApiResult<TSegmentDetail>> {
  return id ? callApi(`/api/v1/segments/${id}`, { method: "PUT", body: JSON.stringify(input) }) : callApi("/api/v1/segments", { method: "POST", body: JSON.stringify(input) });
}

export function archiveSegment(id: string): Promise<TApiResult<TSegmentDetail>> {
  return callApi(`/api/v1/segments/${id}`, { method: "DELETE" });
}

export function recomputeSegment(id: string): Promise<TApiResult<{ job: TJob }>> {
  return callApi(`/api/v1/segments/${id}/recompute`, { method: "POST" });
}

export function getJob(id: string): Promise<TApiResult<TJob>> {
  return callApi(`/api/v1/jobs/${id}`);
}

export function estimateSegment(definition: TCondition, signal: AbortSignal): Promise<TApiResult<TSegmentEstimate>> {
  return callApi("/api/v1/segments/estimate", { method: "POST", body: JSON.stringify({ definition }), signal });
}
