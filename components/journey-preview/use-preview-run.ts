"use client";

import type { TApiResult } from "@/components/ui/call-api";
import { useDebouncedAnswer, type TDebouncedAnswer } from "@/components/ui/use-debounced-answer";
import type { TCompareResult, TPreviewRequest, TPreviewResult, TPreviewVersion } from "@/lib/preview/preview-schemas";
import type { TProfileDetail } from "@/lib/profiles/profile-schemas";
import { withPlace } from "./error-path";
import { compareVersions, fetchProfile, previewJourney } from "./preview-api";
import { caseInputOf } from "./preview-form";

/** Fast enough to feel live while typing an event name, slow enough not to run on every key. */
const DELAY_MS = 350;

type TRunInput = { journeyId: string; request: TPreviewRequest | null };
type TCompareInput = { journeyId: string; request: TPreviewRequest | null; versions: [TPreviewVersion, TPreviewVersion] | null };

const NOTHING = Promise.resolve({ ok: true as const, data: null });

async function askPreview(input: TRunInput, signal: AbortSignal): Promise<TApiResult<TPreviewResult | null>> {
  return input.request ? withPlace(await previewJourney(input.journeyId, input.request, signal)) : NOTHING;
}

async function askCompare(input: TCompareInput, signal: AbortSignal): Promise<TApiResult<TCompareResult | null>> {
  if (!input.request || !input.versions) return NOTHING;
  return withPlace(await compareVersions(input.journeyId, { ...caseInputOf(input.request), versions: input.versions }, signal));
}

async function askProfile(profileId: string | null, signal: AbortSignal): Promise<TApiResult<TProfileDetail | null>> {
  return profileId ? fetchProfile(profileId, signal) : NOTHING;
}

/**
 * The preview of the current inputs, re-run a moment after any of them changes (the debounced
 * answer the segment estimate and the template preview use: stale requests are aborted), the
 * side-by-side comparison while one is asked for, and the picked customer's stored profile.
 */
export function usePreviewRun(
  journeyId: string,
  request: TPreviewRequest | null,
  compareWith: [TPreviewVersion, TPreviewVersion] | null,
  profileId: string | null,
): { preview: TDebouncedAnswer<TPreviewResult | null>; compare: TDebouncedAnswer<TCompareResult | null>; profile: TProfileDetail | null } {
  const preview = useDebouncedAnswer<TRunInput, TPreviewResult | null>({ journeyId, request }, askPreview, DELAY_MS);
  const compare = useDebouncedAnswer<TCompareInput, TCompareResult | null>({ journeyId, request: compareWith ? request : null, versions: compareWith }, askCompare, DELAY_MS);
  const profile = useDebouncedAnswer<string | null, TProfileDetail | null>(profileId, askProfile, 0);
  return { preview, compare, profile: profile.stale ? null : profile.data };
}
