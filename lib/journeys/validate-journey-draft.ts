import { db } from "../db/client";
import { notFound } from "../errors";
import { checkJourney, loadWorkspaceRefs } from "./check-journey";
import type { TValidateJourneyBody, TValidationResult } from "./lifecycle-schemas";
import { requireValidGraph } from "./require-valid-graph";

/**
 * Everything that would block publishing the journey (errors) or deserves a look (warnings),
 * checked against the workspace's message templates and segments and the journey's settings.
 * By default the stored draft is checked; `input.graph` / `input.settings` check an unsaved
 * editor state instead (a graph that does not even parse is a 400 naming its path, as on save).
 */
export async function validateJourneyDraft(workspaceId: string, id: string, input: TValidateJourneyBody = {}): Promise<TValidationResult> {
  const graph = input.graph === undefined ? undefined : requireValidGraph(input.graph);
  const journey = await db.journey.findFirst({ where: { id, workspaceId }, select: { draft: true, settings: true } });
  if (!journey) throw notFound(`journey ${id}`);
  const refs = await loadWorkspaceRefs(workspaceId);
  return checkJourney(graph ?? journey.draft, input.settings ?? journey.settings, refs);
}
