import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { createTestManagementKey } from "@/lib/db/testing/factories";
import { DEFAULT_IDENTITY_RULES } from "@/lib/profiles/identity-rules";
import { createIngestWorkspace, identitiesOf, sendIngest } from "@/lib/profiles/testing/ingest-fixtures";
import { GET, PUT } from "./route";

const url = "http://localhost/api/v1/settings/identity";
const noParams = { params: Promise.resolve({} as Record<string, never>) };
const call = (key: string, method = "GET", body?: string) => new Request(url, { method, headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, ...(body === undefined ? {} : { body }) });
const put = (key: string, value: unknown) => PUT(call(key, "PUT", JSON.stringify(value)), noParams);
const defaults = { priority: [...DEFAULT_IDENTITY_RULES.priority], limits: { ...DEFAULT_IDENTITY_RULES.limits } };

describe("identity settings API", () => {
  let ws: Awaited<ReturnType<typeof createIngestWorkspace>>;
  let admin: string;
  let marketer: string;
  let analyst: string;
  beforeAll(async () => {
    ws = await createIngestWorkspace();
    [admin, marketer, analyst] = await Promise.all([createTestManagementKey(ws.workspaceId, "admin"), createTestManagementKey(ws.workspaceId, "marketer"), createTestManagementKey(ws.workspaceId, "analyst")]);
  });

  it("answers the defaults and the dropped counts by reason", async () => {
    await sendIngest("identify", { userId: "s-1", traits: { phone: "+1 415 555 0100", email: "n/a" } }, { key: ws.writeKey });
    await sendIngest("identify", { userId: "s-2", traits: { phone: "+1 415 555 0100" } }, { key: ws.writeKey });
    const response = await GET(call(analyst), noParams);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ rules: defaults, defaults, dropped: { conflict: 1, limit: 0, invalid: 1 } });
  });

  it("saves rules for admins only, and ingestion follows them from the next request", async () => {
    const rules = { priority: ["email", "userId", "phone", "deviceId", "anonymousId"], limits: { userId: 3, email: 2, phone: 1, deviceId: 4, anonymousId: 50 } };
    expect((await put(marketer, rules)).status).toBe(403);
    const saved = await put(admin, rules);
    expect(saved.status).toBe(200);
    expect(await saved.json()).toMatchObject({ rules, defaults });
    expect(await (await GET(call(marketer), noParams)).json()).toMatchObject({ rules });
    // two user ids per profile now: an alias between two known users merges them
    await sendIngest("alias", { previousId: "s-1", userId: "s-2" }, { key: ws.writeKey });
    const ids = await identitiesOf(ws.workspaceId);
    expect(ids.get("userId:s-1")).toBe(ids.get("userId:s-2"));
  });

  it.each([
    [{ priority: ["userId", "email", "phone", "deviceId"], limits: defaults.limits }, "priority"],
    [{ priority: ["userId", "email", "phone", "deviceId", "deviceId"], limits: defaults.limits }, "priority"],
    [{ priority: ["userId", "email", "phone", "deviceId", "fax"], limits: defaults.limits }, "priority.4"],
    [{ priority: defaults.priority, limits: { ...defaults.limits, email: 0 } }, "limits.email"],
    [{ priority: defaults.priority, limits: { ...defaults.limits, phone: 10_001 } }, "limits.phone"],
    [{ priority: defaults.priority, limits: { ...defaults.limits, deviceId: 2.5 } }, "limits.deviceId"],
    [{ priority: defaults.priority, limits: { userId: 1 } }, "limits.email"],
    [{ priority: defaults.priority }, "limits"],
    [{ priority: defaults.priority, limits: defaults.limits, extra: true }, ""],
  ])("refuses %j with 400 naming %s, and keeps the saved rules", async (body, path) => {
    const before = await (await GET(call(admin), noParams)).json();
    const response = await put(admin, body);
    expect(response.status).toBe(400);
    const error = await response.json();
    if (path) expect(error.path).toBe(path);
    expect(error.error).toMatch(/:/);
    expect(await (await GET(call(admin), noParams)).json()).toEqual(before);
  });

  it("never answers 5xx to any body (fuzz)", async () => {
    const body = fc.oneof(
      fc.record({ priority: fc.oneof(fc.array(fc.constantFrom("userId", "email", "phone", "deviceId", "anonymousId", "x")), fc.string()), limits: fc.oneof(fc.dictionary(fc.constantFrom("userId", "email", "phone", "deviceId", "anonymousId"), fc.oneof(fc.integer(), fc.double(), fc.string())), fc.constant(null)) }, { requiredKeys: [] }),
      fc.jsonValue(),
    ).map((value) => JSON.stringify(value));
    await fc.assert(
      fc.asyncProperty(body, async (text) => {
        const response = await PUT(call(admin, "PUT", text), noParams);
        expect(response.status, text).toBeLessThan(500);
      }),
      { numRuns: 80 },
    );
  });
});
