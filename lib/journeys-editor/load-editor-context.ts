import { db } from "../db/client";

export type TEditorContextData = {
  /** Message templates the journey's message steps can use. */
  templates: { id: string; name: string; channel: string }[];
  /** Segments triggers and conditions can name. */
  segments: { id: string; name: string }[];
  /** Active subscription topics message steps can belong to. */
  topics: { id: string; name: string }[];
};

/**
 * What the journey editor needs beside the journey itself: the workspace's message templates and
 * segments, for the inspector's pickers and for validating in the browser with the same
 * references the server checks at publish. Scoped to the workspace like every tenant read.
 */
export async function loadEditorContext(workspaceId: string): Promise<TEditorContextData> {
  const [templates, segments, topics] = await Promise.all([
    db.template.findMany({ where: { workspaceId }, select: { id: true, name: true, channel: true }, orderBy: { name: "asc" } }),
    db.segment.findMany({ where: { workspaceId, archivedAt: null }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.topic.findMany({ where: { workspaceId, archivedAt: null }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return { templates, segments, topics };
}
