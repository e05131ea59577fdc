/**
 * The preview page's and the Tests tab's calls to the public API. Each returns a result (the
 * API's error sentence and field path on a refusal), never a throw, except an abort.
 */
import { callApi, type TApiResult } from "@/components/ui/call-api";
import type { TProfileDetail } from "@/lib/profiles/profile-schemas";
import type {
  TCompareRequest,
  TCompareResult,
  TCreateTestCaseBody,
  TPreviewRequest,
  TPreviewResult,
  TRunTestCasesResult,
  TTestCase,
  TTestCaseExport,
  TTestImpact,
  TPreviewVersion,
} from "@/lib/preview/preview-schemas";

const base = (journeyId: string) => `/api/v1/journeys/${encodeURIComponent(journeyId)}`;

export function previewJourney(journeyId: string, request: TPreviewRequest, signal?: AbortSignal): Promise<TApiResult<TPreviewResult>> {
  return callApi(`${base(journeyId)}/preview`, { method: "POST", body: JSON.stringify(request), signal });
}

export function compareVersions(journeyId: string, request: TCompareRequest, signal?: AbortSignal): Promise<TApiResult<TCompareResult>> {
  return callApi(`${base(journeyId)}/preview/compare`, { method: "POST", body: JSON.stringify(request), signal });
}

export function listTestCases(journeyId: string): Promise<TApiResult<{ cases: TTestCase[] }>> {
  return callApi(`${base(journeyId)}/tests`, { cache: "no-store" });
}

export function saveTestCase(journeyId: string, body: TCreateTestCaseBody): Promise<TApiResult<TTestCase>> {
  return callApi(`${base(journeyId)}/tests`, { method: "POST", body: JSON.stringify(body) });
}

export function deleteTestCase(journeyId: string, caseId: string): Promise<TApiResult<{ id: string }>> {
  return callApi(`${base(journeyId)}/tests/${encodeURIComponent(caseId)}`, { method: "DELETE" });
}

export function runTestCases(journeyId: string, version: TPreviewVersion = "draft"): Promise<TApiResult<TRunTestCasesResult>> {
  return callApi(`${base(journeyId)}/tests/run`, { method: "POST", body: JSON.stringify({ version }) });
}

/** Adds cases from a journey file (a case whose name exists is replaced). */
export function importTestCases(journeyId: string, testCases: TTestCaseExport[]): Promise<TApiResult<{ imported: number; cases: TTestCase[] }>> {
  return callApi(`${base(journeyId)}/tests/import`, { method: "POST", body: JSON.stringify({ testCases }) });
}

export function fetchTestImpact(journeyId: string): Promise<TApiResult<TTestImpact>> {
  return callApi(`${base(journeyId)}/tests/impact`, { cache: "no-store" });
}

/**
 * The real customer's stored values: the overrides show them beside each field ("hers: subscribed"),
 * and the timeline prints times in her zone.
 */
export function fetchProfile(profileId: string, signal?: AbortSignal): Promise<TApiResult<TProfileDetail>> {
  return callApi(`/api/v1/profiles/${encodeURIComponent(profileId)}`, { signal });
}
