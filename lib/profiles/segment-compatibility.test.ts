import { Analytics } from "@segment/analytics-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { POST as batch } from "@/app/api/v1/batch/route";
import { POST as track } from "@/app/api/v1/track/route";
import { createIngestWorkspace, identitiesOf } from "./testing/ingest-fixtures";
import { serveRouteHandlers } from "./testing/serve-route-handlers";

describe("compatibility with the official Segment Node.js SDK (@segment/analytics-node)", () => {
  let ws: Awaited<ReturnType<typeof createIngestWorkspace>>;
  let server: Awaited<ReturnType<typeof serveRouteHandlers>>;
  const seen: { path: string; authorization: string | null }[] = [];

  beforeAll(async () => {
    ws = await createIngestWorkspace("GB");
    const record = (handler: (request: Request) => Promise<Response>) => async (request: Request) => {
      seen.push({ path: new URL(request.url).pathname, authorization: request.headers.get("authorization") });
      return handler(request);
    };
    server = await serveRouteHandlers({ "/api/v1/batch": { POST: record(batch) }, "/api/v1/track": { POST: record(track) } });
  });
  afterAll(async () => {
    await server.close();
  });

  it("turns the SDK's identify, track, page, screen, group and alias calls into profiles, identities and events", async () => {
    const analytics = new Analytics({ writeKey: ws.writeKey, host: server.url, path: "/api/v1/batch", flushAt: 4, flushInterval: 50, maxRetries: 0 });
    const failures: unknown[] = [];
    analytics.on("error", (error) => failures.push(error));
    analytics.page({ anonymousId: "sdk-anon", name: "Pricing", category: "Docs", properties: { path: "/pricing" }, context: { locale: "en-GB", timezone: "Europe/London" } });
    analytics.identify({ userId: "sdk-user", anonymousId: "sdk-anon", traits: { email: "Grace@Example.com", phone: "07911 123456", plan: "pro", consent: { email: "subscribed" } } });
    analytics.track({ userId: "sdk-user", event: "Order Completed", properties: { total: 99.5, currency: "GBP" } });
    analytics.screen({ userId: "sdk-user", name: "Home", context: { device: { id: "sdk-device" } } });
    analytics.group({ userId: "sdk-user", groupId: "acme", traits: { seats: 10 } });
    analytics.alias({ previousId: "legacy-42", userId: "sdk-user" });
    await analytics.closeAndFlush({ timeout: 20_000 });
    expect(failures).toEqual([]);

    // the SDK batches, and authenticates with Basic auth: the write key and an empty password
    expect(seen.length).toBeGreaterThanOrEqual(2);
    for (const request of seen) {
      expect(request.path).toBe("/api/v1/batch");
      expect(request.authorization).toBe(`Basic ${Buffer.from(`${ws.writeKey}:`).toString("base64")}`);
    }

    const ids = await identitiesOf(ws.workspaceId);
    const profileId = ids.get("userId:sdk-user");
    expect(profileId).toBeDefined();
    for (const key of ["anonymousId:sdk-anon", "email:grace@example.com", "phone:+447911123456", "deviceId:sdk-device", "anonymousId:legacy-42"]) expect(ids.get(key), key).toBe(profileId);
    const profile = await db.profile.findUniqueOrThrow({ where: { id: profileId }, include: { consents: true } });
    expect(profile).toMatchObject({ traits: { email: "grace@example.com", phone: "+447911123456", plan: "pro" }, timezone: "Europe/London", locale: "en-GB" });
    expect(profile.consents.map((c) => [c.channel, c.status])).toEqual([["email", "subscribed"]]);

    const events = await db.event.findMany({ where: { workspaceId: ws.workspaceId }, orderBy: { timestamp: "asc" } });
    expect(events.map((e) => e.type).sort()).toEqual(["alias", "group", "identify", "page", "screen", "track"]);
    expect(events.every((e) => e.profileId === profileId)).toBe(true);
    const order = events.find((e) => e.type === "track");
    expect(order).toMatchObject({ name: "Order Completed", properties: { total: 99.5, currency: "GBP" } });
    expect(order?.messageId).toMatch(/\S/);
    expect((order?.context as { library?: { name?: string } }).library?.name).toBe("@segment/analytics-node");
    // the SDK stamps each event with its time and the batch with sentAt: skew correction keeps them close to now
    for (const event of events) expect(Math.abs(event.timestamp.getTime() - event.receivedAt.getTime())).toBeLessThan(60_000);
    expect((await db.apiKey.findUniqueOrThrow({ where: { id: ws.apiKeyId } })).acceptedCount).toBe(6);
  });

  it("is refused with 401 when the SDK holds a wrong write key, and reports the failure", async () => {
    const analytics = new Analytics({ writeKey: "wm_write_not-a-key", host: server.url, path: "/api/v1/batch", flushAt: 1, maxRetries: 0 });
    const failures: unknown[] = [];
    analytics.on("error", (error) => failures.push(error));
    analytics.track({ userId: "nobody", event: "Denied" });
    await analytics.closeAndFlush({ timeout: 10_000 });
    expect(failures.map((failure) => String((failure as { reason?: unknown }).reason))).toEqual([expect.stringContaining("[401]")]);
    expect(await db.event.count({ where: { name: "Denied" } })).toBe(0);
  });
});
