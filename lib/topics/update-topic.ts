import { db } from "../db/client";
import { conflict, notFound } from "../errors";
import { parseInput } from "../http/parse-input";
import { isDuplicateName } from "./create-topic";
import { toTopicDto, ZTopicUpdate, type TTopic } from "./topic-schemas";

/**
 * Renames, re-describes, changes the default of, archives or restores a topic. Archiving keeps the
 * topic and everyone's choices: messages naming it still respect unsubscribes, and restoring it
 * brings the choices back. Changing the default only affects profiles that never chose.
 */
export async function updateTopic(workspaceId: string, id: string, input: unknown): Promise<TTopic> {
  const { archived, ...fields } = parseInput(ZTopicUpdate, input);
  const existing = await db.topic.findFirst({ where: { id, workspaceId } });
  if (!existing) throw notFound("topic");
  const archivedAt = archived === undefined ? undefined : archived ? (existing.archivedAt ?? new Date()) : null;
  try {
    return toTopicDto(await db.topic.update({ where: { id }, data: { ...fields, ...(archivedAt !== undefined ? { archivedAt } : {}) } }));
  } catch (error) {
    if (isDuplicateName(error)) throw conflict(`a topic named "${fields.name ?? ""}" already exists`);
    throw error;
  }
}
