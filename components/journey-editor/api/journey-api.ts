/**
 * The editor's calls to the public journeys API. Each returns a result instead of throwing, so the
 * editor can show what went wrong (the API's `error` text names the field) and keep the user's work.
 */
import type { TJourneyGraph } from "@/lib/journey/graph";
import type { TJourneySettings } from "@/lib/journey/settings";
import type { TValidationIssue } from "@/lib/journey/validate";

export type TApiResult<T> = { ok: true; value: T } | { ok: false; status: number; error: string; body: Record<string, unknown> };

/** The parts of the journey detail the editor reads. */
export type TJourneyDetail = {
  id: string;
  name: string;
  status: string;
  revision: number;
  liveVersionId: string | null;
  /** Number of the live (or paused) version; null until first published. */
  liveVersion: number | null;
  graph: TJourneyGraph;
  settings: TJourneySettings;
};

/** A step named in a diff; `previousSummary` is what the live version's card said, when it differs. */
export type TDiffEntry = { id: string; type: string; summary: string; previousSummary?: string };
export type TVersionsResponse = {
  versions: { id: string; version: number; publishedAt: string; author: { name: string; email: string } | null; nodeCount: number; live: boolean }[];
  /** `unchanged`: graph and settings equal the live version, so publishing would be refused. */
  diff: { liveVersion: number | null; added: TDiffEntry[]; removed: TDiffEntry[]; changed: TDiffEntry[]; unchanged: boolean };
};
export type TPublishResponse = { version: { id: string; version: number; publishedAt: string }; journey: TJourneyDetail };

async function requestJson<T>(url: string, init: { method?: string; body?: unknown } = {}): Promise<TApiResult<T>> {
  try {
    const response = await fetch(url, {
      method: init.method ?? "GET",
      headers: init.body === undefined ? {} : { "content-type": "application/json" },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      cache: "no-store",
    });
    const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    if (response.ok) return { ok: true, value: body as T };
    const error = typeof body.error === "string" ? body.error : `request failed (${response.status})`;
    return { ok: false, status: response.status, error, body };
  } catch {
    return { ok: false, status: 0, error: "could not reach the server; your changes are kept here, try again", body: {} };
  }
}

const base = (id: string) => `/api/v1/journeys/${encodeURIComponent(id)}`;

export function fetchJourney(id: string) {
  return requestJson<TJourneyDetail>(base(id));
}

/** PUT with the revision the edit started from; 409 means someone else saved in between. */
export function putJourney(id: string, body: { graph?: TJourneyGraph; settings?: TJourneySettings; name?: string; revision: number }) {
  return requestJson<TJourneyDetail>(base(id), { method: "PUT", body });
}

export function publishJourney(id: string) {
  return requestJson<TPublishResponse>(`${base(id)}/publish`, { method: "POST" });
}

export function fetchVersions(id: string) {
  return requestJson<TVersionsResponse>(`${base(id)}/versions`);
}

export function setJourneyRunning(id: string, running: boolean) {
  return requestJson<TJourneyDetail>(`${base(id)}/${running ? "resume" : "pause"}`, { method: "POST" });
}

/** The issues a refused publish (409) carries. */
export function publishIssues(body: Record<string, unknown>): TValidationIssue[] {
  return Array.isArray(body.issues) ? (body.issues as TValidationIssue[]) : [];
}
