import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestManagementKey } from "@/lib/db/testing/factories";
import { createIngestWorkspace, sendIngest } from "@/lib/profiles/testing/ingest-fixtures";
import { GET as getTopics, POST as createTopicRoute } from "@/app/api/v1/topics/route";
import { DELETE as archiveTopicRoute, PUT as updateTopicRoute } from "@/app/api/v1/topics/[id]/route";
import { startSegmentRecompute } from "@/lib/segments/start-segment-recompute";
import { GET as preferenceLink } from "../preference-link/route";
import { GET, PUT } from "./route";

const base = "http://localhost/api/v1";
const ctx = <P>(params: P) => ({ params: Promise.resolve(params) });
const noParams = ctx({} as Record<string, never>);
const call = (url: string, key: string, method = "GET", body?: unknown) =>
  new Request(url, { method, headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }) });

describe("consent and topics API", () => {
  let ws: Awaited<ReturnType<typeof createIngestWorkspace>>;
  let marketer: string;
  let analyst: string;
  let admin: string;
  let adaId: string;

  beforeAll(async () => {
    ws = await createIngestWorkspace("GB");
    [marketer, analyst, admin] = await Promise.all([createTestManagementKey(ws.workspaceId, "marketer"), createTestManagementKey(ws.workspaceId, "analyst"), createTestManagementKey(ws.workspaceId, "admin")]);
    await sendIngest("identify", { userId: "ada", traits: { email: "ada@example.com", consent: { email: "subscribed" } }, timestamp: "2026-03-01T10:00:00Z" }, { key: ws.writeKey });
    adaId = (await db.identity.findFirstOrThrow({ where: { workspaceId: ws.workspaceId, kind: "userId", value: "ada" } })).profileId;
  });

  it("reads consent per channel with neverAsked, topics and the workspace policy", async () => {
    const response = await GET(call(`${base}/profiles/${adaId}/consent`, analyst), ctx({ id: adaId }));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.consent.email).toMatchObject({ status: "subscribed", source: "identify", receives: true });
    expect(body.consent.sms).toMatchObject({ status: "neverAsked", source: null, receives: false });
    expect(body.policy).toMatchObject({ email: "optOut", sms: "optIn", push: "optIn" });
    expect(body.topics).toEqual({});
  });

  it("creates topics (admins only) and sets channels and topics with source api", async () => {
    expect((await createTopicRoute(call(`${base}/topics`, marketer, "POST", { name: "Offers" }), noParams)).status).toBe(403);
    const created = await createTopicRoute(call(`${base}/topics`, admin, "POST", { name: "Offers", description: "Deals and discounts", defaultSubscribed: false }), noParams);
    expect(created.status).toBe(201);
    const offers = await created.json();
    expect(offers).toMatchObject({ name: "Offers", defaultSubscribed: false, archived: false });
    expect((await createTopicRoute(call(`${base}/topics`, admin, "POST", { name: "Offers" }), noParams)).status).toBe(409);

    const put = await PUT(call(`${base}/profiles/${adaId}/consent`, marketer, "PUT", { email: "unsubscribed", sms: "subscribed", topics: { [offers.id]: "subscribed" } }), ctx({ id: adaId }));
    expect(put.status).toBe(200);
    const body = await put.json();
    expect(body.consent.email).toMatchObject({ status: "unsubscribed", source: "api", receives: false });
    expect(body.consent.sms).toMatchObject({ status: "subscribed", source: "api", receives: true });
    expect(body.topics[offers.id]).toMatchObject({ name: "Offers", status: "subscribed", source: "api", receives: true });
    const rows = await db.consent.findMany({ where: { profileId: adaId }, orderBy: { channel: "asc" } });
    expect(rows.map((r) => `${r.channel}:${r.status}:${r.source}`)).toEqual(["email:unsubscribed:api", "sms:subscribed:api"]);

    const listed = await (await getTopics(call(`${base}/topics`, analyst), noParams)).json();
    expect(listed.topics).toEqual([expect.objectContaining({ id: offers.id, subscribers: 1, unsubscribers: 0 })]);
    expect((await updateTopicRoute(call(`${base}/topics/${offers.id}`, admin, "PUT", { description: "Weekly deals" }), ctx({ id: offers.id }))).status).toBe(200);
    expect((await archiveTopicRoute(call(`${base}/topics/${offers.id}`, admin, "DELETE"), ctx({ id: offers.id }))).status).toBe(200);
    expect((await (await getTopics(call(`${base}/topics`, analyst), noParams)).json()).topics).toEqual([]);
    expect((await (await getTopics(call(`${base}/topics?includeArchived=true`, analyst), noParams)).json()).topics[0]).toMatchObject({ archived: true, description: "Weekly deals" });
  });

  it("lets a later identify with an older timestamp not undo an API unsubscribe", async () => {
    await PUT(call(`${base}/profiles/${adaId}/consent`, marketer, "PUT", { push: "unsubscribed" }), ctx({ id: adaId }));
    await sendIngest("identify", { userId: "ada", traits: { consent: { push: "subscribed" } }, timestamp: "2026-03-02T10:00:00Z" }, { key: ws.writeKey });
    expect((await db.consent.findFirstOrThrow({ where: { profileId: adaId, channel: "push" } })).status).toBe("unsubscribed");
  });

  it("moves the profile out of a segment that reads its consent in the same request", async () => {
    await PUT(call(`${base}/profiles/${adaId}/consent`, marketer, "PUT", { push: "subscribed" }), ctx({ id: adaId }));
    const segment = await db.segment.create({ data: { workspaceId: ws.workspaceId, name: "Push reachable", definition: { kind: "consent", channel: "push", status: "subscribed" } } });
    expect((await (await startSegmentRecompute(db, ws.workspaceId, segment.id)).done).status).toBe("succeeded");
    const member = () => db.segmentMembership.findUnique({ where: { segmentId_profileId: { segmentId: segment.id, profileId: adaId } } });
    expect((await member())?.exitedAt).toBeNull();
    expect((await PUT(call(`${base}/profiles/${adaId}/consent`, marketer, "PUT", { push: "unsubscribed" }), ctx({ id: adaId }))).status).toBe(200);
    expect((await member())?.exitedAt).not.toBeNull();
    const changes = await db.segmentMembershipChange.findMany({ where: { segmentId: segment.id, profileId: adaId }, orderBy: { at: "asc" } });
    expect(changes.map((c) => c.change)).toEqual(["entered", "exited"]);
    expect((await db.segment.findUniqueOrThrow({ where: { id: segment.id } })).memberCount).toBe(0);
  });

  it("names the field of bad input and refuses analysts", async () => {
    const cases: [unknown, string][] = [
      [{ fax: "subscribed" }, "fax"],
      [{ email: "yes" }, "email"],
      [{ topics: { "no-such-topic": "subscribed" } }, "topics.no-such-topic"],
      [{ topics: { x: "maybe" } }, "topics.x"],
      [{ topics: [] }, "topics"],
      ["{nope", "body"],
    ];
    for (const [body, path] of cases) {
      const response = await PUT(call(`${base}/profiles/${adaId}/consent`, marketer, "PUT", body), ctx({ id: adaId }));
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect((await response.json()).path).toBe(path);
    }
    expect((await PUT(call(`${base}/profiles/${adaId}/consent`, analyst, "PUT", { email: "subscribed" }), ctx({ id: adaId }))).status).toBe(403);
    expect((await PUT(call(`${base}/profiles/nobody/consent`, marketer, "PUT", { email: "subscribed" }), ctx({ id: "nobody" }))).status).toBe(404);
  });

  it("never answers 5xx to any body (fuzz)", async () => {
    const status = fc.constantFrom("subscribed", "unsubscribed", "yes", null, 1, "");
    const body = fc.oneof(
      fc.dictionary(fc.constantFrom("email", "sms", "push", "fax", "topics", "__proto__", "constructor"), fc.oneof(status, fc.dictionary(fc.string({ maxLength: 70 }), status), fc.array(status))),
      fc.jsonValue(),
      fc.string({ maxLength: 50 }),
    );
    await fc.assert(
      fc.asyncProperty(body, async (value) => {
        const response = await PUT(call(`${base}/profiles/${adaId}/consent`, marketer, "PUT", typeof value === "string" ? value : JSON.stringify(value)), ctx({ id: adaId }));
        expect(response.status, JSON.stringify(value)).toBeLessThan(500);
        if (response.status >= 400) expect((await response.json()).error).toEqual(expect.any(String));
      }),
      { numRuns: 150 },
    );
  });

  it("gives marketers a signed preference-centre link for a profile", async () => {
    const response = await preferenceLink(call(`${base}/profiles/${adaId}/preference-link`, marketer), ctx({ id: adaId }));
    expect(response.status).toBe(200);
    const { url, unsubscribeUrl } = await response.json();
    // no WAYMARK_PUBLIC_URL in tests: the request's origin
    expect(url).toMatch(/^http:\/\/localhost\/p\/[\w-]+\.[\w-]+$/);
    expect(unsubscribeUrl).toMatch(/^http:\/\/localhost\/api\/unsubscribe\//);
    expect((await preferenceLink(call(`${base}/profiles/${adaId}/preference-link`, analyst), ctx({ id: adaId }))).status).toBe(403);
  });
});
