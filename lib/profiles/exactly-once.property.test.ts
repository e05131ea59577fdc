import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { db, dbProvider } from "@/lib/db/client";
import { createLiveJourney, createRunnerWorkspace, emailThenSmsGraph } from "@/lib/engine/runner/testing/runner-fixtures";
import { sendIngest } from "./testing/ingest-fixtures";

const USERS = ["eo-u0", "eo-u1"];
const MESSAGE_IDS = 6;

/** The one track event a messageId stands for: a retrying client repeats it as it was. */
const trackOf = (m: number) => ({ type: "track", userId: USERS[m % USERS.length], event: "Signed Up", messageId: `eo-m${m}`, properties: { n: m } });

/** A request: one track call, or a batch that may carry a messageId more than once. */
const request = fc.oneof(
  fc.integer({ min: 0, max: MESSAGE_IDS - 1 }).map((m) => ({ endpoint: "track" as const, ids: [m] })),
  fc.array(fc.integer({ min: 0, max: MESSAGE_IDS - 1 }), { minLength: 1, maxLength: 6 }).map((ids) => ({ endpoint: "batch" as const, ids })),
);
/** Rounds sent one after the other; the requests of a round are sent at once. */
const rounds = fc.array(fc.array(request, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 });

/** Live journey: "Signed Up" (re-entry always: only the messageId tells two copies apart) → email → wait 1 day → SMS. */
async function workspaceWithJourney() {
  const { workspace, emailTemplateId, smsTemplateId } = await createRunnerWorkspace(db);
  const { key } = await createApiKey(workspace.id, null, { kind: "write", name: "Retrying client" });
  const graph = emailThenSmsGraph(emailTemplateId, smsTemplateId);
  const always = { ...graph, nodes: graph.nodes.map((node) => (node.type === "trigger" ? { ...node, data: { ...node.data, reentry: "always" } } : node)) } as typeof graph;
  const { journeyId } = await createLiveJourney(db, workspace.id, always);
  for (const userId of USERS) await sendIngest("identify", { userId, traits: { email: `${userId}@example.test`, consent: { email: "subscribed" } } }, { key });
  return { workspaceId: workspace.id, key, journeyId };
}

describe("exactly once per messageId (property)", () => {
  it("stores one event and makes one enrollment and one message per distinct track messageId, however requests repeat it, within a batch, across requests and concurrently", async () => {
    await fc.assert(
      fc.asyncProperty(rounds, async (sent) => {
        const ws = await workspaceWithJourney();
        for (const round of sent) {
          const responses = await Promise.all(
            round.map((r) => (r.endpoint === "track" ? sendIngest("track", trackOf(r.ids[0] as number), { key: ws.key }) : sendIngest("batch", { batch: r.ids.map(trackOf) }, { key: ws.key }))),
          );
          for (const response of responses) expect(response.status).toBe(200);
        }
        const distinct = [...new Set(sent.flat().flatMap((r) => r.ids))].sort((a, b) => a - b);

        const events = await db.event.findMany({ where: { workspaceId: ws.workspaceId, type: "track" }, select: { messageId: true } });
        expect(events.map((e) => e.messageId).sort()).toEqual(distinct.map((m) => `eo-m${m}`).sort());
        const enrollments = await db.enrollment.findMany({ where: { workspaceId: ws.workspaceId, journeyId: ws.journeyId }, include: { profile: { include: { identities: true } } } });
        expect(enrollments).toHaveLength(distinct.length);
        // per person too: each enrolled once per distinct messageId of theirs
        for (const [u, userId] of USERS.entries()) {
          const theirs = enrollments.filter((e) => e.profile.identities.some((i) => i.kind === "userId" && i.value === userId));
          expect(theirs).toHaveLength(distinct.filter((m) => m % USERS.length === u).length);
        }
        const messages = await db.message.findMany({ where: { workspaceId: ws.workspaceId }, select: { enrollmentId: true, channel: true } });
        expect(messages).toHaveLength(distinct.length);
        expect(new Set(messages.map((m) => m.enrollmentId)).size).toBe(distinct.length);
        expect(messages.every((m) => m.channel === "email")).toBe(true);
        // its pending messages would crowd the outbox tests that dispatch a shared PostgreSQL database
        await db.workspace.delete({ where: { id: ws.workspaceId } });
      }),
      { numRuns: dbProvider() === "sqlite" ? 25 : 10 },
    );
  });
});
