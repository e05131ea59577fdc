import type { TCondition } from "@/lib/journey/conditions/schema";
import type { TJob } from "@/lib/jobs/job-schemas";
import type { TSegmentDetail, TSegmentEstimate } from "@/lib/segments/segment-schemas";

/** An API answer: the body on success; the error sentence and field path otherwise. */
export type TApiResult<T> = { ok: true; data: T } | { ok: false; status: number; error: string; path?: string; body: Record<string, unknown> };

const OFFLINE = "could not reach the server; your changes are still here, try again";

async function call<T>(url: string, init: RequestInit = {}): Promise<TApiResult<T>> {
  try {
    const response = await fetch(url, { ...init, headers: { "content-type": "application/json", ...init.headers } });
    const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    if (response.ok) return { ok: true, data: body as T };
    const path = typeof body.path === "string" ? body.path : undefined;
    return { ok: false, status: response.status, error: typeof body.error === "string" ? body.error : `request failed (${response.status})`, path, body };
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    return { ok: false, status: 0, error: OFFLINE, body: {} };
  }
}

export type TSegmentInput = { name: string; description: string; definition: TCondition };

/** Creates (no id) or saves a segment through the public API. */
export function saveSegment(id: string | null, input: TSegmentInput): Promise<TApiResult<TSegmentDetail>> {
  return id ? call(`/api/v1/segments/${id}`, { method: "PUT", body: JSON.stringify(input) }) : call("/api/v1/segments", { method: "POST", body: JSON.stringify(input) });
}

export function archiveSegment(id: string): Promise<TApiResult<TSegmentDetail>> {
  return call(`/api/v1/segments/${id}`, { method: "DELETE" });
}

export function recomputeSegment(id: string): Promise<TApiResult<{ job: TJob }>> {
  return call(`/api/v1/segments/${id}/recompute`, { method: "POST" });
}

export function getJob(id: string): Promise<TApiResult<TJob>> {
  return call(`/api/v1/jobs/${id}`);
}

export function estimateSegment(definition: TCondition, signal: AbortSignal): Promise<TApiResult<TSegmentEstimate>> {
  return call("/api/v1/segments/estimate", { method: "POST", body: JSON.stringify({ definition }), signal });
}
