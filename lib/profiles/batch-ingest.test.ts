import { gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { listSources } from "@/lib/api-keys/list-sources";
import { db } from "@/lib/db/client";
import { KEPT_REJECTIONS } from "@/lib/ingest-errors/record-ingest-outcome";
import { basicAuth, createIngestWorkspace, identitiesOf, sendIngest } from "./testing/ingest-fixtures";
import { ingestRoute } from "./ingest-route";

describe("batch endpoint", () => {
  let ws: Awaited<ReturnType<typeof createIngestWorkspace>>;
  beforeAll(async () => {
    ws = await createIngestWorkspace();
  });

  it("keeps the valid events of a mixed batch and lists the rejected ones by index and field", async () => {
    const response = await sendIngest("batch", {
      batch: [
        { type: "track", userId: "mix-1", event: "Kept One" },
        { type: "track", userId: "mix-1" },
        { type: "identify", userId: "mix-2", traits: { email: "nope" } },
        { type: "page", anonymousId: "mix-3", name: "Home" },
        { type: "teleport", userId: "mix-4" },
        "not an object",
      ],
    }, { key: ws.writeKey });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      success: false,
      accepted: 3,
      rejected: [
        { index: 1, error: "batch.1.event: is required", path: "batch.1.event" },
        { index: 4, error: "batch.4.type: must be one of track, identify, page, screen, group, alias", path: "batch.4.type" },
        { index: 5, error: "batch.5: must be a JSON object", path: "batch.5" },
      ],
    });
    const stored = await db.event.findMany({ where: { workspaceId: ws.workspaceId }, orderBy: { name: "asc" } });
    expect(stored.map((e) => e.name || e.type)).toEqual(["identify", "Home", "Kept One"]);
    // an email that is not one costs the event nothing: it is kept, without the email
    const mix2 = (await identitiesOf(ws.workspaceId)).get("userId:mix-2");
    expect(mix2).toBeDefined();
    expect(await db.droppedIdentifier.findMany({ where: { workspaceId: ws.workspaceId } })).toEqual([expect.objectContaining({ profileId: mix2, kind: "email", value: "nope", reason: "invalid" })]);
  });

  it("answers 400 when every event of a batch is rejected", async () => {
    const response = await sendIngest("batch", { batch: [{ type: "track", event: "Nobody" }] }, { key: ws.writeKey });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ success: false, accepted: 0, path: "batch.0.userId", error: "batch.0.userId: one of userId or anonymousId is required" });
  });

  it("rejects an event over 32 KB by its index and keeps the rest", async () => {
    const response = await sendIngest("batch", {
      batch: [
        { type: "track", userId: "big", event: "Small" },
        { type: "track", userId: "big", event: "Huge", properties: { blob: "x".repeat(33 * 1024) } },
      ],
    }, { key: ws.writeKey });
    expect(response.status).toBe(200);
    expect(response.body.accepted).toBe(1);
    expect(response.body.rejected).toEqual([{ index: 1, path: "batch.1", error: expect.stringMatching(/^batch\.1: is \d+ bytes, over the 32 KB limit per event$/) }]);
  });

  it("refuses a batch request over 500 KB as a whole", async () => {
    const batch = Array.from({ length: 20 }, (_, i) => ({ type: "track", userId: "flood", event: "Flood", properties: { blob: "y".repeat(30 * 1024), i } }));
    const response = await sendIngest("batch", { batch }, { key: ws.writeKey });
    expect(response).toEqual({ status: 400, body: { error: "body: is over the 500 KB limit per batch request", path: "body" } });
    expect(await db.event.count({ where: { workspaceId: ws.workspaceId, name: "Flood" } })).toBe(0);
  });

  it("takes a full 500 KB batch of events that each carry five identifiers (statements stay under bind-parameter limits)", async () => {
    const batch = Array.from({ length: 3_000 }, (_, i) => ({ type: "alias", previousId: `full-p${i}`, userId: `full-u${i}`, anonymousId: `full-a${i}`, context: { device: { id: `full-d${i}` }, traits: { email: `full${i}@x.io` } } }));
    const response = await sendIngest("batch", { batch }, { key: ws.writeKey });
    expect(response.body).toEqual({ success: true, accepted: 3_000, rejected: [] });
    expect(await db.identity.count({ where: { workspaceId: ws.workspaceId, value: { startsWith: "full" } } })).toBe(3_000 * 5);
  }, 120_000);

  it("names the batch field when it is not a list", async () => {
    const response = await sendIngest("batch", { batch: { type: "track" } }, { key: ws.writeKey });
    expect(response).toEqual({ status: 400, body: { error: "batch: must be an array of events", path: "batch" } });
  });

  it("applies the batch-level context and sentAt to every event", async () => {
    const sentAt = new Date(Date.now() - 10 * 60_000);
    const timestamp = new Date(sentAt.getTime() - 1_000);
    await sendIngest("batch", {
      sentAt: sentAt.toISOString(),
      context: { library: { name: "analytics-node", version: "3.1.0" }, timezone: "Europe/Paris" },
      batch: [{ type: "track", userId: "ctx", event: "With Context", timestamp: timestamp.toISOString(), context: { locale: "fr-FR" } }],
    }, { key: ws.writeKey });
    const event = await db.event.findFirstOrThrow({ where: { workspaceId: ws.workspaceId, name: "With Context" } });
    expect(event.context).toMatchObject({ library: { name: "analytics-node" }, timezone: "Europe/Paris", locale: "fr-FR" });
    expect(Math.abs(event.timestamp.getTime() - (event.receivedAt.getTime() - 1_000))).toBeLessThan(5);
    const profile = await db.profile.findUniqueOrThrow({ where: { id: event.profileId ?? "" } });
    expect(profile).toMatchObject({ timezone: "Europe/Paris", locale: "fr-FR" });
  });

  it("accepts a gzip-compressed batch", async () => {
    const body = gzipSync(JSON.stringify({ batch: [{ type: "track", userId: "gz", event: "Zipped" }] }));
    const response = await ingestRoute("batch")(new Request("http://localhost/api/v1/batch", { method: "POST", headers: { authorization: basicAuth(ws.writeKey), "content-type": "application/json", "content-encoding": "gzip" }, body }));
    expect(response.status).toBe(200);
    expect(await db.event.count({ where: { workspaceId: ws.workspaceId, name: "Zipped" } })).toBe(1);
  });
});

describe("rejection statistics per source", () => {
  it("counts every rejection, keeps the newest samples with their reason, and shows them per write key", async () => {
    const ws = await createIngestWorkspace();
    await sendIngest("track", { userId: "ok", event: "Fine" }, { key: ws.writeKey });
    await sendIngest("track", null, { key: ws.writeKey, raw: "{broken" });
    const many = Array.from({ length: KEPT_REJECTIONS + 5 }, (_, i) => ({ type: "track", userId: `bad-${i}` }));
    await sendIngest("batch", { batch: [...many, { type: "track", userId: "ok", event: "Also Fine", context: { traits: { email: "nope" } } }] }, { key: ws.writeKey });

    const [source] = await listSources(ws.workspaceId, { rejectionsPerSource: 50 });
    expect(source).toMatchObject({ id: ws.apiKeyId, accepted: 2, rejected: KEPT_REJECTIONS + 6, duplicates: 0, droppedIdentifiers: 1, futureTimestamps: 0 });
    expect(source?.recentRejections).toHaveLength(KEPT_REJECTIONS);
    expect(source?.recentRejections[0]).toMatchObject({ reason: "batch.0.event: is required", eventType: "track", batchIndex: 0 });
    expect(await db.ingestRejection.count({ where: { apiKeyId: ws.apiKeyId } })).toBe(KEPT_REJECTIONS);
  });
});
