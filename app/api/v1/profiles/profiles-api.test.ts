import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { createTestManagementKey, createTestWorkspace } from "@/lib/db/testing/factories";
import { createIngestWorkspace, sendIngest } from "@/lib/profiles/testing/ingest-fixtures";
import { GET as events } from "./[id]/events/route";
import { GET as getOne } from "./[id]/route";
import { GET as list } from "./route";

const base = "http://localhost/api/v1/profiles";
const ctx = <P>(params: P) => ({ params: Promise.resolve(params) });
const noParams = ctx({} as Record<string, never>);
const req = (url: string, key: string) => new Request(url, { headers: { authorization: `Bearer ${key}` } });

describe("profiles API (management, read-only)", () => {
  let ws: Awaited<ReturnType<typeof createIngestWorkspace>>;
  let analystKey: string;
  let adaId: string;

  beforeAll(async () => {
    ws = await createIngestWorkspace("GB");
    analystKey = await createTestManagementKey(ws.workspaceId, "analyst");
    await sendIngest("identify", { userId: "ada", traits: { email: "Ada@Example.com", phone: "07911 123456", name: "Ada" }, timestamp: "2026-03-01T10:00:00Z", context: { consent: { email: "subscribed" } } }, { key: ws.writeKey });
    for (let i = 0; i < 5; i++) await sendIngest("track", { userId: "ada", event: `Step ${i}`, timestamp: `2026-03-0${i + 2}T10:00:00Z` }, { key: ws.writeKey });
    await sendIngest("track", { anonymousId: "ada-phone", event: "Opened App", timestamp: "2026-02-01T10:00:00Z" }, { key: ws.writeKey });
    await sendIngest("identify", { userId: "ada", anonymousId: "ada-phone", messageId: "ada-link", timestamp: "2026-03-10T10:00:00Z" }, { key: ws.writeKey });
    await sendIngest("identify", { userId: "bob", traits: { email: "bob@example.com" } }, { key: ws.writeKey });
    const found = await (await list(req(`${base}?userId=ada`, analystKey), noParams)).json();
    adaId = found.profiles[0].id;
  });

  it("finds a profile by exact email (any case) and by phone in the workspace's region", async () => {
    const byEmail = await (await list(req(`${base}?email=${encodeURIComponent(" ADA@example.com")}`, analystKey), noParams)).json();
    expect(byEmail.profiles.map((p: { id: string }) => p.id)).toEqual([adaId]);
    const byPhone = await (await list(req(`${base}?phone=${encodeURIComponent("+44 7911 123456")}`, analystKey), noParams)).json();
    expect(byPhone.profiles.map((p: { id: string }) => p.id)).toEqual([adaId]);
    const none = await (await list(req(`${base}?email=nobody@example.com`, analystKey), noParams)).json();
    expect(none).toEqual({ profiles: [], nextCursor: null, search: null });
  });

  it("names the field of a bad lookup", async () => {
    const phone = await list(req(`${base}?phone=12`, analystKey), noParams);
    expect(phone.status).toBe(400);
    expect((await phone.json()).path).toBe("query.phone");
    const two = await list(req(`${base}?email=a@b.co&userId=x`, analystKey), noParams);
    expect((await two.json()).path).toBe("query.userId");
    const cursor = await list(req(`${base}?cursor=garbage`, analystKey), noParams);
    expect((await cursor.json()).path).toBe("query.cursor");
  });

  it("pages through all profiles, newest first", async () => {
    const first = await (await list(req(`${base}?limit=1`, analystKey), noParams)).json();
    expect(first.profiles).toHaveLength(1);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await (await list(req(`${base}?limit=1&cursor=${first.nextCursor}`, analystKey), noParams)).json();
    expect(second.profiles[0].id).not.toBe(first.profiles[0].id);
    expect(new Set([first.profiles[0].id, second.profiles[0].id])).toEqual(new Set([adaId, expect.any(String)]));
    expect(second.nextCursor).toBeNull();
  });

  it("shows traits, identities, consent on every channel and the merge that formed the profile", async () => {
    const response = await getOne(req(`${base}/${adaId}`, analystKey), ctx({ id: adaId }));
    expect(response.status).toBe(200);
    const profile = await response.json();
    expect(profile.traits).toMatchObject({ email: "ada@example.com", phone: "+447911123456", name: "Ada" });
    expect(profile.identities.map((i: { kind: string; value: string }) => `${i.kind}:${i.value}`).sort()).toEqual(["anonymousId:ada-phone", "email:ada@example.com", "phone:+447911123456", "userId:ada"]);
    expect(profile.consent.email).toMatchObject({ status: "subscribed", source: "identify" });
    expect(profile.consent.sms).toEqual({ status: "neverAsked", source: null, updatedAt: null });
    expect(profile.merges).toEqual([expect.objectContaining({ survivorId: adaId, eventMessageId: "ada-link" })]);
  });

  it("answers 404 with mergedInto for a profile id that was merged away", async () => {
    const { merges } = await (await getOne(req(`${base}/${adaId}`, analystKey), ctx({ id: adaId }))).json();
    const mergedId = merges[0].mergedId;
    const response = await getOne(req(`${base}/${mergedId}`, analystKey), ctx({ id: mergedId }));
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ mergedInto: adaId });
  });

  it("pages a profile's events newest first", async () => {
    const first = await (await events(req(`${base}/${adaId}/events?limit=3`, analystKey), ctx({ id: adaId }))).json();
    expect(first.events.map((e: { name: string; type: string }) => e.name || e.type)).toEqual(["identify", "Step 4", "Step 3"]);
    const rest = await (await events(req(`${base}/${adaId}/events?limit=10&cursor=${first.nextCursor}`, analystKey), ctx({ id: adaId }))).json();
    expect(rest.events.map((e: { name: string; type: string }) => e.name || e.type)).toEqual(["Step 2", "Step 1", "Step 0", "identify", "Opened App"]);
    expect(rest.nextCursor).toBeNull();
  });

  it("searches with q and trait, and names the parameter of a bad search", async () => {
    const byQ = await (await list(req(`${base}?q=${encodeURIComponent("  ADA@example.COM ")}`, analystKey), noParams)).json();
    expect(byQ).toMatchObject({ profiles: [{ id: adaId }], search: { kind: "identifier", identityKind: "email", value: "ada@example.com" } });
    const byPhone = await (await list(req(`${base}?q=${encodeURIComponent("07911 123456")}`, analystKey), noParams)).json();
    expect(byPhone.profiles.map((p: { id: string }) => p.id)).toEqual([adaId]);
    const byTrait = await (await list(req(`${base}?trait=name:ADA`, analystKey), noParams)).json();
    expect(byTrait.profiles.map((p: { id: string }) => p.id)).toEqual([adaId]);
    const cases: [string, string][] = [
      [`q=${"x".repeat(201)}`, "query.q"],
      ["q=plan:", "query.q"],
      ["q=a@b@c", "query.q"],
      ["trait=plan", "query.trait"],
      ["trait=9lives:x", "query.trait"],
      ["q=ada&trait=plan:pro", "query.trait"],
      ["email=a@b.co&q=ada", "query.q"],
      ["q=plan:pro&cursor=nope", "query.cursor"],
      ["sort=name", "query"],
    ];
    for (const [query, path] of cases) {
      const response = await list(req(`${base}?${query}`, analystKey), noParams);
      expect(response.status, query).toBe(400);
      expect((await response.json()).path, query).toBe(path);
    }
  });

  it("fuzz: any text in any parameter is a 200 or a 400 naming the parameter, never a 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom("q", "trait", "email", "phone", "userId", "anonymousId", "cursor"), fc.string({ maxLength: 220, unit: fc.constantFrom(...Array.from("aZ09 :=@+-()._%\\'\"*?#&é😀\u0000")) }), async (param, value) => {
        const response = await list(req(`${base}?${param}=${encodeURIComponent(value)}`, analystKey), noParams);
        expect([200, 400]).toContain(response.status);
        if (response.status === 400) expect((await response.json()).path).toBe(`query.${param}`);
      }),
      { numRuns: 100 },
    );
  });

  it("answers 404, not 500, for ids no profile can have", async () => {
    for (const id of ["\u0000", "a\u0000b", "x".repeat(300)]) {
      expect((await getOne(req(`${base}/x`, analystKey), ctx({ id }))).status).toBe(404);
      expect((await events(req(`${base}/x/events`, analystKey), ctx({ id }))).status).toBe(404);
    }
  });

  it("keeps workspaces apart", async () => {
    const otherKey = await createTestManagementKey((await createTestWorkspace("Elsewhere")).id, "admin");
    expect((await getOne(req(`${base}/${adaId}`, otherKey), ctx({ id: adaId }))).status).toBe(404);
    expect((await (await list(req(`${base}?userId=ada`, otherKey), noParams)).json()).profiles).toEqual([]);
    expect((await events(req(`${base}/${adaId}/events`, otherKey), ctx({ id: adaId }))).status).toBe(404);
  });
});
