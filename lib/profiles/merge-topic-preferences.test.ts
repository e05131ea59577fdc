import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { db, dbProvider } from "@/lib/db/client";
import { createLiveJourney, createRunnerWorkspace } from "@/lib/engine/runner/testing/runner-fixtures";
import type { TJourneyGraph } from "@/lib/journey/graph";
import { exit, link, send, sendLinks, step } from "@/lib/journey/templates/template-kit";
import { setProfilePreferences } from "@/lib/preferences/set-profile-preferences";
import { createIngestWorkspace, identitiesOf, sendIngest } from "./testing/ingest-fixtures";
import { validateEvent } from "./validate-event";
import { writeIngestJobs } from "./write-ingest-jobs";

/** trigger ("Signed Up") → email of `topicId` → exit. */
function topicEmailGraph(templateId: string, topicId: string): TJourneyGraph {
  return {
    nodes: [step("trigger", "trigger", { source: { kind: "event", event: "Signed Up" }, reentry: "always" }), send("email", "email", templateId, { templateId, topicId }), exit("done", "Done")],
    edges: [link("trigger", "next", "email"), ...sendLinks("email", "done")],
  };
}

async function profileIdOf(workspaceId: string, key: string): Promise<string> {
  const id = (await identitiesOf(workspaceId)).get(key);
  if (!id) throw new Error(`no profile holds ${key}`);
  return id;
}

describe("a merge and topic preferences", () => {
  it("keeps the merged-away profile's unsubscribe from a topic: the survivor is unsubscribed and that topic's email skips them", async () => {
    const { workspace, emailTemplateId } = await createRunnerWorkspace(db);
    const { key } = await createApiKey(workspace.id, null, { kind: "write", name: "Site" });
    const offers = await db.topic.create({ data: { workspaceId: workspace.id, name: "Offers" } });
    const { journeyId } = await createLiveJourney(db, workspace.id, topicEmailGraph(emailTemplateId, offers.id));

    await sendIngest("identify", { userId: "t-user", traits: { email: "topics@example.test", consent: { email: "subscribed" } } }, { key });
    const survivorId = await profileIdOf(workspace.id, "userId:t-user");
    await sendIngest("identify", { anonymousId: "t-anon" }, { key });
    const mergedId = await profileIdOf(workspace.id, "anonymousId:t-anon");
    await setProfilePreferences(workspace.id, mergedId, { topics: { [offers.id]: "unsubscribed" } }, "preferenceCentre");
    // the survivor's own (later) "yes" must not outweigh the other profile's "no"
    await setProfilePreferences(workspace.id, survivorId, { topics: { [offers.id]: "subscribed" } }, "api");

    await sendIngest("identify", { userId: "t-user", anonymousId: "t-anon" }, { key });
    expect(await profileIdOf(workspace.id, "anonymousId:t-anon")).toBe(survivorId);
    const rows = await db.topicPreference.findMany({ where: { workspaceId: workspace.id } });
    expect(rows.map((r) => [r.profileId, r.topicId, r.status, r.source])).toEqual([[survivorId, offers.id, "unsubscribed", "preferenceCentre"]]);

    await sendIngest("track", { userId: "t-user", event: "Signed Up" }, { key });
    const enrollment = await db.enrollment.findFirstOrThrow({ where: { journeyId, profileId: survivorId } });
    const logs = await db.stepLog.findMany({ where: { enrollmentId: enrollment.id, nodeId: "email" } });
    expect(logs.map((l) => `${l.action}: ${l.reason}`)).toEqual(['skipped: unsubscribed from topic "Offers"']);
    expect(await db.message.count({ where: { enrollmentId: enrollment.id } })).toBe(0);
  });

  it("leaves the survivor the most restrictive choice per topic, the newer where both chose the same, whichever profile survives and whichever write path merges (property)", async () => {
    const choice = fc.option(fc.record({ status: fc.constantFrom("subscribed", "unsubscribed"), minute: fc.integer({ min: 0, max: 5 }) }), { nil: null });
    const scenario = fc.record({
      topics: fc.array(fc.record({ user: choice, anon: choice }), { minLength: 1, maxLength: 4 }),
      userFirst: fc.boolean(),
      viaPrisma: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(scenario, async ({ topics, userFirst, viaPrisma }) => {
        const ws = await createIngestWorkspace();
        const created = await Promise.all(topics.map((_, i) => db.topic.create({ data: { workspaceId: ws.workspaceId, name: `Topic ${i}` } })));
        // the profile created first is the older one, and survives
        for (const body of userFirst ? [{ userId: "p" }, { anonymousId: "q" }] : [{ anonymousId: "q" }, { userId: "p" }]) await sendIngest("identify", body, { key: ws.writeKey });
        const sides = { user: await profileIdOf(ws.workspaceId, "userId:p"), anon: await profileIdOf(ws.workspaceId, "anonymousId:q") };
        for (const [i, topic] of topics.entries()) {
          for (const side of ["user", "anon"] as const) {
            const c = topic[side];
            if (c) await db.topicPreference.create({ data: { workspaceId: ws.workspaceId, profileId: sides[side], topicId: created[i]?.id as string, status: c.status, source: side, updatedAt: new Date(Date.UTC(2026, 0, 1, 0, c.minute)) } });
          }
        }

        const link = { type: "identify", userId: "p", anonymousId: "q", messageId: "link" };
        if (viaPrisma) {
          const result = validateEvent(link, null, { receivedAt: new Date(), defaultRegion: "US" });
          if (!result.ok) throw new Error(result.message);
          await db.$transaction((tx) => writeIngestJobs(tx, [{ source: { workspaceId: ws.workspaceId, apiKeyId: null }, events: [result.event], rejected: [], receivedAt: new Date() }]));
        } else {
          // the route's write path: runWriteTransaction, on SQLite with its cached statements
          await sendIngest("identify", link, { key: ws.writeKey });
        }

        const survivor = userFirst ? sides.user : sides.anon;
        expect(await profileIdOf(ws.workspaceId, "anonymousId:q")).toBe(survivor);
        expect(await profileIdOf(ws.workspaceId, "userId:p")).toBe(survivor);
        const rows = await db.topicPreference.findMany({ where: { workspaceId: ws.workspaceId } });
        for (const row of rows) expect(row.profileId).toBe(survivor);
        for (const [i, topic] of topics.entries()) {
          const row = rows.find((r) => r.topicId === created[i]?.id);
          const { user, anon } = topic;
          if (!user || !anon) {
            // one side chose (its row moves as it is) or neither did (the topic's default applies)
            const only = user ? "user" : anon ? "anon" : null;
            expect(row ? [row.status, row.source] : null).toEqual(only ? [topic[only]?.status, only] : null);
            continue;
          }
          expect(row?.status).toBe(user.status === "unsubscribed" || anon.status === "unsubscribed" ? "unsubscribed" : "subscribed");
          const winner = user.status !== anon.status ? (user.status === "unsubscribed" ? "user" : "anon") : user.minute !== anon.minute ? (user.minute > anon.minute ? "user" : "anon") : null;
          if (winner) expect([row?.source, row?.updatedAt.getUTCMinutes()]).toEqual([winner, topic[winner]?.minute]);
        }
      }),
      { numRuns: dbProvider() === "sqlite" ? 40 : 12 },
    );
  });
});
