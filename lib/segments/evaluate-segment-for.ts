import type { TCondition } from "../journey/conditions/schema";
import { evaluateLoadedSegments, type TSegmentAnswers } from "./evaluate-loaded-segments";
import { loadActiveSegments, loadNeedsOf, toSegmentDefinition, type TSegmentDefinition } from "./load-active-segments";
import { loadSegmentContexts, type TProfileSelection, type TSegmentDb } from "./load-segment-contexts";
import { orderSegments } from "./order-segments";

/**
 * Evaluates segments for a batch of profiles at `now`: contexts are loaded in bulk (a fixed
 * number of queries), segments run in dependency order so "in segment A" sees A's fresh answer
 * when A is among `segmentIds`, else A's stored membership. Reads only; returns profileId →
 * segmentId → { member, recheckAt }. Unknown or archived segments and missing profiles are absent.
 */
export async function evaluateSegmentFor(client: TSegmentDb, workspaceId: string, segmentIds: readonly string[], profileIds: readonly string[], now: Date): Promise<TSegmentAnswers> {
  const all = await loadActiveSegments(client, workspaceId);
  const wanted = new Set(segmentIds);
  return evaluateDefinitions(client, workspaceId, all, all.filter((s) => wanted.has(s.id)), profileIds, now);
}

/** Evaluates given definitions (ordered here) against `all` segments' dependency graph. */
export async function evaluateDefinitions(client: TSegmentDb, workspaceId: string, all: readonly TSegmentDefinition[], segments: readonly TSegmentDefinition[], profileIds: TProfileSelection, now: Date): Promise<TSegmentAnswers> {
  if (segments.length === 0 || (Array.isArray(profileIds) && profileIds.length === 0)) return new Map();
  const byId = new Map(segments.map((s) => [s.id, s]));
  const nodes = [...all, ...segments].map((s) => ({ id: s.id, refs: s.facts.segmentRefs }));
  const ordered = orderSegments(nodes, byId.keys()).flatMap((id) => byId.get(id) ?? []);
  const { contexts } = await loadSegmentContexts(client, workspaceId, profileIds, loadNeedsOf(ordered), now);
  return evaluateLoadedSegments(ordered, contexts, now);
}

/** An unsaved definition (the editor's estimate) as an evaluable segment under a throwaway id. */
export function draftDefinition(definition: TCondition): TSegmentDefinition {
  const segment = toSegmentDefinition("__draft__", definition);
  if (!segment) throw new Error("draftDefinition needs a parsed condition");
  return segment;
}
