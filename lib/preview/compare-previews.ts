import { db as defaultDb } from "../db/client";
import { firstDifference } from "./first-difference";
import { loadPreviewVersion } from "./load-preview-version";
import type { TCompareRequest, TCompareResult, TPreviewStep } from "./preview-schemas";
import { loadPreviewJourney } from "./load-preview-journey";
import { previewVersion, type TPreviewOptions } from "./preview-version";

/** Two steps are the same decision: same step, same action, same output, same moment. */
export function sameDecision(a: Pick<TPreviewStep, "nodeId" | "action" | "handle" | "at">, b: Pick<TPreviewStep, "nodeId" | "action" | "handle" | "at">): boolean {
  return a.nodeId === b.nodeId && a.action === b.action && (a.handle ?? null) === (b.handle ?? null) && a.at === b.at;
}

/**
 * The same preview through two versions ("what does my change do to Jane?"): both results, in
 * the order asked, and the first step where the paths part. An `assume` key needs to be a
 * message step of either version; each run uses the assumptions about its own steps.
 */
export async function comparePreviews(workspaceId: string, journeyId: string, request: TCompareRequest, options: TPreviewOptions = {}): Promise<TCompareResult> {
  const client = options.db ?? defaultDb;
  const now = options.now ?? new Date();
  const journey = await loadPreviewJourney(client, workspaceId, journeyId);
  const { versions, ...input } = request;
  const a = await loadPreviewVersion(client, workspaceId, journey, versions[0], "versions.0");
  const b = await loadPreviewVersion(client, workspaceId, journey, versions[1], "versions.1");
  const assumeKeys = new Set([...a.messageNodeIds, ...b.messageNodeIds]);
  const first = await previewVersion(client, workspaceId, journey, a, input, { ...options, now, assumeKeys });
  const second = await previewVersion(client, workspaceId, journey, b, input, { ...options, now, assumeKeys });
  return { results: [first, second], firstDifference: firstDifference(first.steps, second.steps, sameDecision) };
}
