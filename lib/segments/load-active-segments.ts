import { ZCondition, type TCondition } from "../journey/conditions/schema";
import { boundDefinition, definitionFacts, type TDefinitionFacts } from "./definition-facts";
import type { TLoadNeeds, TSegmentDb } from "./load-segment-contexts";

/** A segment ready to evaluate: its definition with bounded event windows, and what it reads. */
export type TSegmentDefinition = { id: string; definition: TCondition; facts: TDefinitionFacts };

/** Parses a stored definition into an evaluable one; null when the row no longer parses. */
export function toSegmentDefinition(id: string, stored: unknown): TSegmentDefinition | null {
  const parsed = ZCondition.safeParse(stored);
  if (!parsed.success) return null;
  const definition = boundDefinition(parsed.data);
  return { id, definition, facts: definitionFacts(definition) };
}

/**
 * The workspace's segments that are kept current: not archived, with a definition that parses (a
 * row broken by hand is skipped rather than failing every update of the workspace).
 */
export async function loadActiveSegments(client: TSegmentDb, workspaceId: string): Promise<TSegmentDefinition[]> {
  const rows = await client.segment.findMany({ where: { workspaceId, archivedAt: null }, select: { id: true, definition: true }, orderBy: { createdAt: "asc" } });
  return rows.flatMap((row) => toSegmentDefinition(row.id, row.definition) ?? []);
}

/** What loading must read to evaluate `segments` together (their references to others come from storage). */
export function loadNeedsOf(segments: readonly TSegmentDefinition[]): TLoadNeeds {
  const evaluated = new Set(segments.map((s) => s.id));
  const eventNames = new Set<string>();
  const stored = new Set<string>();
  let eventWindowMs = 0;
  for (const { facts } of segments) {
    facts.eventNames.forEach((n) => eventNames.add(n));
    facts.segmentRefs.forEach((r) => evaluated.has(r) || stored.add(r));
    eventWindowMs = Math.max(eventWindowMs, facts.eventWindowMs);
  }
  return {
    traits: segments.some((s) => s.facts.traitRoots.size > 0),
    consent: segments.some((s) => s.facts.consentChannels.size > 0),
    eventNames,
    eventWindowMs,
    storedSegmentIds: [...stored],
  };
}
