import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { createTestManagementKey, createTestWorkspace } from "@/lib/db/testing/factories";
import { DELETE, GET as getOne, PUT } from "./[id]/route";
import { GET as list, POST } from "./route";

const base = "http://localhost/api/v1/topics";
const ctx = <P>(params: P) => ({ params: Promise.resolve(params) });
const noParams = ctx({} as Record<string, never>);
const call = (url: string, key: string, method = "GET", body?: string) => new Request(url, { method, headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, ...(body === undefined ? {} : { body }) });

describe("topics API", () => {
  let admin: string;
  let otherAdmin: string;
  beforeAll(async () => {
    const [mine, other] = await Promise.all([createTestWorkspace(), createTestWorkspace()]);
    [admin, otherAdmin] = await Promise.all([createTestManagementKey(mine.id, "admin"), createTestManagementKey(other.id, "admin")]);
  });

  it("names the field of bad input, refuses duplicates, and keeps workspaces apart", async () => {
    const empty = await POST(call(base, admin, "POST", JSON.stringify({ name: "  " })), noParams);
    expect(empty.status).toBe(400);
    expect((await empty.json()).path).toBe("name");
    const stray = await POST(call(base, admin, "POST", JSON.stringify({ name: "X", colour: "red" })), noParams);
    expect(stray.status).toBe(400);
    const created = await (await POST(call(base, admin, "POST", JSON.stringify({ name: "Product news" })), noParams)).json();
    expect(created).toMatchObject({ name: "Product news", description: "", defaultSubscribed: true });
    expect((await POST(call(base, admin, "POST", JSON.stringify({ name: "Product news" })), noParams)).status).toBe(409);
    expect((await getOne(call(`${base}/${created.id}`, otherAdmin), ctx({ id: created.id }))).status).toBe(404);
    expect((await PUT(call(`${base}/${created.id}`, otherAdmin, "PUT", JSON.stringify({ name: "Mine now" })), ctx({ id: created.id }))).status).toBe(404);
    expect((await (await list(call(base, otherAdmin), noParams)).json()).topics).toEqual([]);
    const renamed = await (await PUT(call(`${base}/${created.id}`, admin, "PUT", JSON.stringify({ name: "News", defaultSubscribed: false })), ctx({ id: created.id }))).json();
    expect(renamed).toMatchObject({ name: "News", defaultSubscribed: false });
    expect(await (await DELETE(call(`${base}/${created.id}`, admin, "DELETE"), ctx({ id: created.id }))).json()).toMatchObject({ archived: true });
    expect(await (await PUT(call(`${base}/${created.id}`, admin, "PUT", JSON.stringify({ archived: false })), ctx({ id: created.id }))).json()).toMatchObject({ archived: false });
  });

  it("never answers 5xx to any body (fuzz)", async () => {
    const body = fc.oneof(
      fc.record({ name: fc.oneof(fc.string({ maxLength: 100 }), fc.integer(), fc.constant(null)), description: fc.oneof(fc.string({ maxLength: 320 }), fc.boolean()), defaultSubscribed: fc.oneof(fc.boolean(), fc.string()), archived: fc.oneof(fc.boolean(), fc.constant("yes")) }, { requiredKeys: [] }),
      fc.jsonValue(),
    ).map((value) => JSON.stringify(value));
    await fc.assert(
      fc.asyncProperty(body, fc.constantFrom("POST", "PUT"), async (text, method) => {
        const response = method === "POST" ? await POST(call(base, admin, "POST", text), noParams) : await PUT(call(`${base}/nope`, admin, "PUT", text), ctx({ id: "nope" }));
        expect(response.status, text).toBeLessThan(500);
      }),
      { numRuns: 120 },
    );
  });
});
