import type { TJourneyGraph } from "../journey/graph";
import { parseGraph } from "../journey/parse-graph";
import { parseJourneySettings } from "../journey/settings";
import { hasBlockingIssues, validateJourney, type TValidationContext, type TValidationIssue } from "../journey/validate";
import { db, type Db } from "../db/client";
import type { TValidationResult } from "./lifecycle-schemas";

/** What validation needs to know about the workspace (the rows a draft may refer to). */
export type TWorkspaceRefs = Required<Pick<TValidationContext, "templates" | "segments">>;

/** The workspace's message templates (id, channel) and active segments (id, name): an archived segment counts as gone. */
export async function loadWorkspaceRefs(workspaceId: string, client: Pick<Db, "template" | "segment"> = db): Promise<TWorkspaceRefs> {
  const [templates, segments] = await Promise.all([
    client.template.findMany({ where: { workspaceId }, select: { id: true, channel: true } }),
    client.segment.findMany({ where: { workspaceId, archivedAt: null }, select: { id: true, name: true } }),
  ]);
  return { templates, segments };
}

/**
 * Runs the publishing rules on a stored (or submitted) draft and its settings against the
 * workspace's rows. A draft that no longer parses is still checked as it is (validateJourney
 * reports the steps it cannot read); settings that do not parse become one error issue, since
 * publishing them would store settings the runner cannot read.
 */
export function checkJourney(draft: unknown, settings: unknown, refs: TWorkspaceRefs): TValidationResult {
  const parsedGraph = parseGraph(draft);
  const graph = parsedGraph.ok ? parsedGraph.graph : (draft as TJourneyGraph);
  const parsedSettings = parseJourneySettings(settings);
  const issues: TValidationIssue[] = parsedSettings.ok
    ? validateJourney(graph, { ...refs, settings: parsedSettings.settings })
    : [
        {
          severity: "error",
          code: "settings-invalid",
          message: `Journey settings: ${parsedSettings.path ? `${parsedSettings.path}: ` : ""}${parsedSettings.message}.`,
          fix: "Open the journey settings and correct the highlighted field, then save.",
        },
        ...validateJourney(graph, refs),
      ];
  return { issues, hasErrors: hasBlockingIssues(issues) };
}
