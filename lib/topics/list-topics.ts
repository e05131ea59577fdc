import { db } from "../db/client";
import { toTopicDto, type TTopic } from "./topic-schemas";

/**
 * The workspace's topics by name, with how many profiles chose each way (one grouped query).
 * Archived topics only when asked: they still gate sends for people who unsubscribed.
 */
export async function listTopics(workspaceId: string, options: { includeArchived?: boolean } = {}): Promise<TTopic[]> {
  const [rows, counts] = await Promise.all([
    db.topic.findMany({ where: { workspaceId, ...(options.includeArchived ? {} : { archivedAt: null }) }, orderBy: { name: "asc" } }),
    db.topicPreference.groupBy({ by: ["topicId", "status"], where: { workspaceId }, _count: { _all: true } }),
  ]);
  const count = (topicId: string, status: string) => counts.find((c) => c.topicId === topicId && c.status === status)?._count._all ?? 0;
  return rows.map((row) => ({ ...toTopicDto(row), subscribers: count(row.id, "subscribed"), unsubscribers: count(row.id, "unsubscribed") }));
}
