import { db } from "../db/client";
import { readMessageMeta } from "../engine/context/message-meta";
import { getProfile } from "./get-profile";
import { listProfileRefusals } from "./list-profile-refusals";

/** Rows read per query: a profile with a million events streams in pages, never all at once. */
const PAGE = 500;

const json = (value: unknown) => JSON.stringify(value);

/** Streams a JSON array from pages read by keyset (`id` order), each item serialised on its own. */
async function* arrayOf<T extends { id: string }>(readPage: (afterId: string | null) => Promise<T[]>, toJson: (row: T) => unknown): AsyncGenerator<string> {
  yield "[";
  let after: string | null = null;
  let first = true;
  for (;;) {
    const rows = await readPage(after);
    for (const row of rows) {
      yield `${first ? "" : ","}\n${json(toJson(row))}`;
      first = false;
    }
    const last = rows.at(-1);
    if (rows.length < PAGE || !last) break;
    after = last.id;
  }
  yield "]";
}

const afterId = (after: string | null) => (after ? { id: { gt: after } } : {});

/**
 * Everything Waymark holds about one profile, as one JSON document streamed in pieces: the
 * profile (traits, when each was set, identities, consent per channel, merges), topic
 * preferences, the identifiers its events carried that were not attached, segment memberships,
 * every event, every enrollment with its step log, the journeys that refused to enrol it (and
 * why, how often), and every message with its engagement. Reads are paged so a large profile
 * never sits in memory; every query filters by workspace. Unknown id: notFound (thrown before
 * the first piece, so a route
 * can still answer 404).
 */
export async function exportProfile(workspaceId: string, profileId: string, now = new Date()): Promise<AsyncGenerator<string>> {
  const profile = await getProfile(workspaceId, profileId);
  const where = { workspaceId, profileId };
  async function* pieces(): AsyncGenerator<string> {
    yield `{"exportedAt":${json(now.toISOString())},"profile":${json(profile)}`;
    const topics = await db.topicPreference.findMany({ where, include: { topic: { select: { name: true } } }, orderBy: { updatedAt: "asc" } });
    yield `,"topicPreferences":${json(topics.map((t) => ({ topic: t.topic.name, topicId: t.topicId, status: t.status, source: t.source, updatedAt: t.updatedAt.toISOString() })))}`;
    const segments = await db.segmentMembership.findMany({ where, include: { segment: { select: { name: true } } }, orderBy: { enteredAt: "asc" } });
    const dropped = await db.droppedIdentifier.findMany({ where, orderBy: [{ at: "asc" }, { id: "asc" }] });
    yield `,"droppedIdentifiers":${json(dropped.map((d) => ({ kind: d.kind, value: d.value, reason: d.reason, detail: d.detail, ownerProfileId: d.ownerProfileId, eventMessageId: d.eventMessageId, at: d.at.toISOString() })))}`;
    yield `,"segments":${json(segments.map((m) => ({ segment: m.segment.name, segmentId: m.segmentId, enteredAt: m.enteredAt.toISOString(), exitedAt: m.exitedAt?.toISOString() ?? null })))}`;
    yield `,"events":`;
    yield* arrayOf(
      (after) => db.event.findMany({ where: { ...where, ...afterId(after) }, orderBy: { id: "asc" }, take: PAGE }),
      (e) => ({ id: e.id, messageId: e.messageId, type: e.type, name: e.name, properties: e.properties, context: e.context, timestamp: e.timestamp.toISOString(), receivedAt: e.receivedAt.toISOString() }),
    );
    yield `,"enrollments":`;
    yield* arrayOf(
      (after) => db.enrollment.findMany({ where: { ...where, ...afterId(after) }, orderBy: { id: "asc" }, take: PAGE, include: { journey: { select: { name: true } }, version: { select: { version: true } }, steps: { orderBy: [{ at: "asc" }, { id: "asc" }] } } }),
      (e) => ({
        id: e.id, journeyId: e.journeyId, journeyName: e.journey.name, version: e.version.version, state: e.state, currentNodeId: e.currentNodeId,
        wakeAt: e.wakeAt?.toISOString() ?? null, enteredAt: e.enteredAt.toISOString(), exitedAt: e.exitedAt?.toISOString() ?? null, exitReason: e.exitReason, convertedAt: e.convertedAt?.toISOString() ?? null,
        steps: e.steps.map((s) => ({ at: s.at.toISOString(), nodeId: s.nodeId, nodeType: s.nodeType, action: s.action, reason: s.reason, handle: s.handle })),
      }),
    );
    // Journeys whose trigger matched but did not take the person (re-entry policy, entry limits).
    const refusals = await listProfileRefusals(workspaceId, profileId, { limit: 10_000, now });
    yield `,"enrollmentRefusals":${json(refusals.map(({ lastAgo: _relative, ...refusal }) => refusal))}`;
    yield `,"messages":`;
    yield* arrayOf(
      (after) => db.message.findMany({ where: { ...where, ...afterId(after) }, orderBy: { id: "asc" }, take: PAGE, include: { events: { orderBy: { at: "asc" } } } }),
      (m) => {
        const meta = readMessageMeta(m.content);
        return {
          id: m.id, channel: m.channel, journeyId: m.journeyId, nodeId: m.nodeId, templateName: meta.templateName, to: m.recipient ?? meta.to, status: m.status,
          content: meta.rendered, createdAt: m.createdAt.toISOString(), sentAt: m.sentAt?.toISOString() ?? null,
          engagement: m.events.map((ev) => ({ type: ev.type, at: ev.at.toISOString(), data: ev.data })),
        };
      },
    );
    yield "}\n";
  }
  return pieces();
}
