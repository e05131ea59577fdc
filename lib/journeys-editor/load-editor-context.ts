import { db } from "../db/client";

export type TEditorContextData = {
  /** Message templates the journey's message steps can use. */
  templates: { id: string; name: string; channel: string }[];
  /** Segments triggers and conditions can name. */
  segments: { id: string; name: string }[];
  /** Number of the journey's live version, or null when it was never published. */
  liveVersion: number | null;
};

/**
 * What the journey editor needs beside the journey itself, read in one go for the page: the
 * workspace's templates and segments (for pickers and validation) and the live version's number
 * (for the header). Scoped to the workspace like every tenant read.
 */
export async function loadEditorContext(workspaceId: string, journey: { liveVersionId: string | null }): Promise<TEditorContextData> {
  const [templates, segments, live] = await Promise.all([
    db.template.findMany({ where: { workspaceId }, select: { id: true, name: true, channel: true }, orderBy: { name: "asc" } }),
    db.segment.findMany({ where: { workspaceId }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    journey.liveVersionId ? db.journeyVersion.findFirst({ where: { id: journey.liveVersionId, workspaceId }, select: { version: true } }) : null,
  ]);
  return { templates, segments, liveVersion: live?.version ?? null };
}
