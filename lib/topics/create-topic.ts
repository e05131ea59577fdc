import { db } from "../db/client";
import { conflict } from "../errors";
import { parseInput } from "../http/parse-input";
import { toTopicDto, ZTopicCreate, type TTopic } from "./topic-schemas";

/** True when a Prisma error is the unique (workspaceId, name) index refusing a duplicate. */
export function isDuplicateName(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/** Creates a subscription topic; a name already used in the workspace (archived too) is a 409. */
export async function createTopic(workspaceId: string, input: unknown): Promise<TTopic> {
  const data = parseInput(ZTopicCreate, input);
  try {
    return toTopicDto(await db.topic.create({ data: { workspaceId, ...data } }));
  } catch (error) {
    if (isDuplicateName(error)) throw conflict(`a topic named "${data.name}" already exists`);
    throw error;
  }
}
