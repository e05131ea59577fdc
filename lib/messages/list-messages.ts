import type { z } from "zod";
import { db } from "../db/client";
import { readMessageMeta } from "../engine/context/message-meta";
import type { TMessageDto, ZListMessagesQuery } from "./message-schemas";

/**
 * The outbox of the workspace, newest first: status, rendered content, idempotency key, attempts,
 * provider answer and engagement (first delivered / opened / clicked), with journey names.
 */
export async function listMessages(workspaceId: string, query: z.output<typeof ZListMessagesQuery>): Promise<TMessageDto[]> {
  const rows = await db.message.findMany({
    where: {
      workspaceId,
      ...(query.profileId ? { profileId: query.profileId } : {}),
      ...(query.journeyId ? { journeyId: query.journeyId } : {}),
      ...(query.channel ? { channel: query.channel } : {}),
      ...(query.status ? { status: query.status } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit,
    include: { events: { where: { type: { in: ["delivered", "opened", "clicked"] } }, select: { type: true, at: true }, orderBy: { at: "asc" } } },
  });
  const journeyIds = [...new Set(rows.flatMap((r) => (r.journeyId ? [r.journeyId] : [])))];
  const journeys = await db.journey.findMany({ where: { workspaceId, id: { in: journeyIds } }, select: { id: true, name: true } });
  const names = new Map(journeys.map((j) => [j.id, j.name]));
  return rows.map((row) => {
    const meta = readMessageMeta(row.content, row);
    const first = (type: string) => row.events.find((e) => e.type === type)?.at.toISOString() ?? null;
    return {
      id: row.id,
      profileId: row.profileId,
      enrollmentId: row.enrollmentId,
      journeyId: row.journeyId,
      journeyName: row.journeyId ? (names.get(row.journeyId) ?? null) : null,
      nodeId: row.nodeId,
      templateId: row.templateId,
      templateName: meta.templateName,
      channel: row.channel,
      to: meta.to,
      status: row.status,
      idempotencyKey: row.idempotencyKey,
      content: meta.rendered,
      attempts: row.attempts,
      provider: row.provider,
      providerMessageId: row.providerMessageId,
      error: row.error,
      createdAt: row.createdAt.toISOString(),
      sentAt: row.sentAt?.toISOString() ?? null,
      engagement: { delivered: first("delivered"), opened: first("opened"), clicked: first("clicked") },
    };
  });
}
