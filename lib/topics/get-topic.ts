import { db } from "../db/client";
import { notFound } from "../errors";
import { toTopicDto, type TTopic } from "./topic-schemas";

/** One topic of the workspace (archived too); 404 when it is not there. */
export async function getTopic(workspaceId: string, id: string): Promise<TTopic> {
  const row = await db.topic.findFirst({ where: { id, workspaceId } });
  if (!row) throw notFound("topic");
  return toTopicDto(row);
}
