import { describe, expect, it } from "vitest";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { db } from "@/lib/db/client";
import { applyTraitUpdates } from "@/lib/engine/runner/apply-trait-updates";
import { createLiveJourney, createRunnerWorkspace, emailThenSmsGraph } from "@/lib/engine/runner/testing/runner-fixtures";
import { submitIngestJob } from "./submit-ingest-job";
import { identitiesOf, sendIngest } from "./testing/ingest-fixtures";
import { validateEvent } from "./validate-event";

const FUTURE = "2099-01-01T00:00:00Z";

async function workspaceWithJourney() {
  const { workspace, emailTemplateId, smsTemplateId } = await createRunnerWorkspace(db);
  const key = await createApiKey(workspace.id, null, { kind: "write", name: "Fast clock" });
  const { journeyId } = await createLiveJourney(db, workspace.id, emailThenSmsGraph(emailTemplateId, smsTemplateId));
  return { workspaceId: workspace.id, key: key.key, apiKeyId: key.id, journeyId };
}

async function profileIdOf(workspaceId: string, userId: string): Promise<string> {
  const id = (await identitiesOf(workspaceId)).get(`userId:${userId}`);
  if (!id) throw new Error(`no profile holds ${userId}`);
  return id;
}

const emailConsent = async (profileId: string) => (await db.consent.findFirst({ where: { profileId, channel: "email" } }))?.status;

describe("a future-dated event", () => {
  it("cannot freeze consent: an unsubscribe by identify, then by context.consent, takes effect and the journey's email skips the person", async () => {
    const ws = await workspaceWithJourney();
    const send = (endpoint: "identify" | "track", body: Record<string, unknown>) => sendIngest(endpoint, { userId: "u-2099", ...body }, { key: ws.key });

    expect((await send("identify", { timestamp: FUTURE, traits: { email: "fast@example.test", plan: "gold", consent: { email: "subscribed" } } })).status).toBe(200);
    const profileId = await profileIdOf(ws.workspaceId, "u-2099");
    expect(await emailConsent(profileId)).toBe("subscribed");

    await send("identify", { traits: { plan: "silver", consent: { email: "unsubscribed" } } });
    expect(await emailConsent(profileId)).toBe("unsubscribed");
    expect((await db.profile.findUniqueOrThrow({ where: { id: profileId } })).traits).toMatchObject({ plan: "silver" });

    // the fast clock says "subscribed" again (that is news: it counts as said when it arrived)
    await send("identify", { timestamp: FUTURE, traits: { consent: { email: "subscribed" } } });
    expect(await emailConsent(profileId)).toBe("subscribed");
    // an unsubscribe stamped an hour before that subscribe still applies: unsubscribes always do
    await send("track", { event: "Preferences Saved", timestamp: new Date(Date.now() - 3_600_000).toISOString(), context: { consent: { email: "unsubscribed" } } });
    expect(await emailConsent(profileId)).toBe("unsubscribed");

    await send("track", { event: "Signed Up" });
    const enrollment = await db.enrollment.findFirstOrThrow({ where: { workspaceId: ws.workspaceId, journeyId: ws.journeyId, profileId } });
    const logs = await db.stepLog.findMany({ where: { enrollmentId: enrollment.id, nodeId: "email" } });
    expect(logs.map((l) => `${l.action}: ${l.reason}`)).toEqual(["skipped: unsubscribed from Email"]);
    expect(await db.message.count({ where: { enrollmentId: enrollment.id } })).toBe(0);
  });

  it("is stored at its arrival, keeps the client's time in context.originalTimestamp and is counted on its write key", async () => {
    const ws = await workspaceWithJourney();
    await sendIngest("batch", {
      batch: [
        { type: "track", userId: "u-count", event: "Ahead", messageId: "ahead-1", timestamp: FUTURE },
        // an hour fast with sentAt: the skew correction alone brings it back
        { type: "track", userId: "u-count", event: "Corrected", messageId: "skewed-1", timestamp: new Date(Date.now() + 3_600_000).toISOString(), sentAt: new Date(Date.now() + 3_600_000).toISOString() },
        { type: "identify", userId: "u-count", messageId: "ahead-2", originalTimestamp: "2030-05-05T00:00:00Z", traits: { plan: "x" } },
      ],
    }, { key: ws.key });
    const events = new Map((await db.event.findMany({ where: { workspaceId: ws.workspaceId } })).map((e) => [e.messageId, e]));
    for (const event of events.values()) expect(event.timestamp.getTime()).toBeLessThanOrEqual(event.receivedAt.getTime());
    expect(events.get("ahead-1")?.timestamp).toEqual(events.get("ahead-1")?.receivedAt);
    expect(events.get("ahead-1")?.context).toMatchObject({ originalTimestamp: "2099-01-01T00:00:00.000Z" });
    expect(events.get("ahead-2")?.context).toMatchObject({ originalTimestamp: "2030-05-05T00:00:00.000Z" });
    expect(events.get("skewed-1")?.context).not.toHaveProperty("originalTimestamp");
    const profile = await db.profile.findUniqueOrThrow({ where: { id: await profileIdOf(ws.workspaceId, "u-count") } });
    expect(profile.lastSeenAt.getTime()).toBeLessThanOrEqual(Date.now());
    const key = await db.apiKey.findUniqueOrThrow({ where: { id: ws.apiKeyId } });
    expect(key).toMatchObject({ acceptedCount: 3, futureTimestampCount: 2 });
  });

  it("stored before times were bounded, heals: frozen traits, lastSeenAt and consent yield to the next events", async () => {
    const ws = await workspaceWithJourney();
    await sendIngest("identify", { userId: "u-frozen", traits: { plan: "gold", consent: { email: "unsubscribed" } } }, { key: ws.key });
    const profileId = await profileIdOf(ws.workspaceId, "u-frozen");
    // what a 2099 identify left behind before this fix
    const frozen = new Date(FUTURE);
    await db.profile.update({ where: { id: profileId }, data: { traitTimestamps: { plan: frozen.toISOString(), $timezone: frozen.toISOString() }, timezone: "Asia/Tokyo", lastSeenAt: frozen } });
    await db.consent.updateMany({ where: { profileId }, data: { updatedAt: frozen } });

    const before = Date.now();
    await sendIngest("identify", { userId: "u-frozen", traits: { plan: "silver", consent: { email: "subscribed" } }, context: { timezone: "Europe/Paris" } }, { key: ws.key });
    const profile = await db.profile.findUniqueOrThrow({ where: { id: profileId } });
    expect(profile.traits).toMatchObject({ plan: "silver" });
    expect(profile.timezone).toBe("Europe/Paris");
    expect(profile.lastSeenAt.getTime()).toBeGreaterThanOrEqual(before);
    expect(profile.lastSeenAt.getTime()).toBeLessThanOrEqual(Date.now());
    for (const time of Object.values(profile.traitTimestamps as Record<string, string>)) expect(Date.parse(time)).toBeLessThanOrEqual(Date.now());
    expect(await emailConsent(profileId)).toBe("subscribed");
  });

  it("heals only times after the present moment: an import's rows, dated at its start, do not undo a live identify made since", async () => {
    const ws = await workspaceWithJourney();
    await sendIngest("identify", { userId: "u-live", traits: { plan: "live", consent: { email: "unsubscribed" } } }, { key: ws.key });
    // a chunk of an import that started ten minutes ago (rows carry the job's start time)
    const startedAt = new Date(Date.now() - 600_000);
    const row = validateEvent({ type: "identify", userId: "u-live", messageId: "import:job:2", traits: { plan: "imported", consent: { email: "subscribed" } } }, null, { receivedAt: startedAt, defaultRegion: "US" });
    if (!row.ok) throw new Error(row.message);
    await submitIngestJob({ source: { workspaceId: ws.workspaceId, apiKeyId: null }, events: [row.event], rejected: [], receivedAt: startedAt });
    const profileId = await profileIdOf(ws.workspaceId, "u-live");
    expect((await db.profile.findUniqueOrThrow({ where: { id: profileId } })).traits).toMatchObject({ plan: "live" });
    expect(await emailConsent(profileId)).toBe("unsubscribed");
  });

  it("cannot keep a journey's update-profile step from setting a trait it froze", async () => {
    const ws = await workspaceWithJourney();
    await sendIngest("identify", { userId: "u-step", timestamp: FUTURE, traits: { tier: "silver" } }, { key: ws.key });
    const profileId = await profileIdOf(ws.workspaceId, "u-step");
    await db.profile.update({ where: { id: profileId }, data: { traitTimestamps: { tier: FUTURE } } });
    // a pass's clock, earlier than the wall clock: 2099 is after both, so it was never observed
    const now = new Date(Date.now() - 60_000);
    await db.$transaction((tx) => applyTraitUpdates(tx, ws.workspaceId, profileId, [{ trait: "tier", op: "set", value: "gold" }], now));
    const profile = await db.profile.findUniqueOrThrow({ where: { id: profileId } });
    expect(profile.traits).toMatchObject({ tier: "gold" });
    expect(profile.traitTimestamps).toMatchObject({ tier: now.toISOString() });
  });
});
