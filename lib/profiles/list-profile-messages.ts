import { db } from "../db/client";
import { readMessageMeta } from "../engine/context/message-meta";
import { notFound } from "../errors";
import { checkProfileId } from "./check-profile-id";
import { describeJourneyNodes } from "./describe-journey-nodes";
import { decodeCursor, encodeCursor } from "./page-cursor";

/** One message a profile was sent (or was about to be), as the profile page shows it. */
export interface TProfileMessage {
  id: string;
  channel: string;
  journeyId: string | null;
  journeyName: string | null;
  nodeId: string | null;
  /** the step that sent it, named as in the journey's version ("Message · Email · …"); the id when the version is gone */
  nodeLabel: string | null;
  templateName: string | null;
  to: string | null;
  status: string;
  error: string | null;
  /** rendered fields as the customer receives them (subject, body, …) */
  content: Record<string, unknown>;
  createdAt: string;
  sentAt: string | null;
  /** first time of each kind of engagement, null when it never happened */
  engagement: { delivered: string | null; opened: string | null; clicked: string | null };
}

const ENGAGEMENTS = ["delivered", "opened", "clicked"] as const;

/**
 * A profile's messages, newest first, a page at a time (keyset on creation time), with rendered
 * content, status and engagement; journey names and the sending steps' names (from the version
 * each enrollment ran) are looked up once for the page.
 */
export async function listProfileMessages(workspaceId: string, profileId: string, query: { cursor?: string; limit?: number } = {}): Promise<{ messages: TProfileMessage[]; nextCursor: string | null }> {
  const limit = query.limit ?? 20;
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  checkProfileId(profileId);
  const profile = await db.profile.findFirst({ where: { id: profileId, workspaceId }, select: { id: true } });
  if (!profile) throw notFound("profile");
  const rows = await db.message.findMany({
    where: { workspaceId, profileId, ...(after ? { OR: [{ createdAt: { lt: after.at } }, { createdAt: after.at, id: { lt: after.id } }] } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    include: { events: { where: { type: { in: [...ENGAGEMENTS] } }, select: { type: true, at: true }, orderBy: { at: "asc" } } },
  });
  const page = rows.slice(0, limit);
  const journeyIds = [...new Set(page.flatMap((r) => (r.journeyId ? [r.journeyId] : [])))];
  const journeys = journeyIds.length ? await db.journey.findMany({ where: { workspaceId, id: { in: journeyIds } }, select: { id: true, name: true } }) : [];
  const names = new Map(journeys.map((j) => [j.id, j.name]));
  const stepName = await stepNamesOf(workspaceId, page.flatMap((r) => (r.enrollmentId ? [r.enrollmentId] : [])));
  const last = page.at(-1);
  return {
    messages: page.map((row) => {
      const meta = readMessageMeta(row.content);
      const first = (type: string) => row.events.find((e) => e.type === type)?.at.toISOString() ?? null;
      return {
        id: row.id,
        channel: row.channel,
        journeyId: row.journeyId,
        journeyName: row.journeyId ? (names.get(row.journeyId) ?? null) : null,
        nodeId: row.nodeId,
        nodeLabel: row.nodeId ? (stepName(row.enrollmentId, row.nodeId) ?? row.nodeId) : null,
        templateName: meta.templateName,
        to: row.recipient ?? meta.to,
        status: row.status,
        error: row.error,
        content: meta.rendered,
        createdAt: row.createdAt.toISOString(),
        sentAt: row.sentAt?.toISOString() ?? null,
        engagement: { delivered: first("delivered"), opened: first("opened"), clicked: first("clicked") },
      };
    }),
    nextCursor: rows.length > limit && last ? encodeCursor({ at: last.createdAt, id: last.id }) : null,
  };
}

/** Names the steps of the journey versions these enrollments ran: `(enrollmentId, nodeId) → label`. */
async function stepNamesOf(workspaceId: string, enrollmentIds: readonly string[]): Promise<(enrollmentId: string | null, nodeId: string) => string | undefined> {
  if (enrollmentIds.length === 0) return () => undefined;
  const enrollments = await db.enrollment.findMany({ where: { workspaceId, id: { in: [...new Set(enrollmentIds)] } }, select: { id: true, versionId: true } });
  const versionIds = [...new Set(enrollments.map((e) => e.versionId))];
  const versions = await db.journeyVersion.findMany({ where: { workspaceId, id: { in: versionIds } }, select: { id: true, graph: true } });
  const labels = new Map(versions.map((v) => [v.id, describeJourneyNodes(v.graph)]));
  const versionOf = new Map(enrollments.map((e) => [e.id, e.versionId]));
  return (enrollmentId, nodeId) => (enrollmentId ? labels.get(versionOf.get(enrollmentId) ?? "")?.get(nodeId) : undefined);
}
