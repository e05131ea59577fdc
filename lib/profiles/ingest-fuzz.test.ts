import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { EVENT_TYPES } from "./event-schemas";
import { basicAuth, createIngestWorkspace } from "./testing/ingest-fixtures";
import { ingestRoute } from "./ingest-route";

const ENDPOINTS = [...EVENT_TYPES, "batch"] as const;
const routes = Object.fromEntries(ENDPOINTS.map((e) => [e, ingestRoute(e)])) as Record<(typeof ENDPOINTS)[number], ReturnType<typeof ingestRoute>>;

const loose = fc.jsonValue({ maxDepth: 3 });
const printable = fc.string({ unit: "grapheme-ascii", maxLength: 40 });
const wild = fc.oneof(loose, fc.string({ unit: "binary", maxLength: 20 }), fc.constant("\u0000"), fc.constant("\ud800"));
const isoish = fc.oneof(fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), printable, fc.integer(), fc.constant("0000-01-01T00:00:00Z"), fc.constant("9999-12-31T23:59:59Z"));
/** Usually a good value, sometimes anything: most calls get deep into the code, some break on one field. */
const mostly = <T>(good: fc.Arbitrary<T>) => fc.oneof({ arbitrary: good, weight: 20 }, { arbitrary: wild, weight: 1 });
const isoTime = fc.date({ min: new Date("2000-01-01"), max: new Date("2040-01-01"), noInvalidDate: true }).map((d) => d.toISOString());
/** Objects shaped like Segment calls, with a field now and then wrong: the paths the code actually walks. */
const nearlyValid = fc.record(
  {
    type: mostly(fc.constantFrom(...EVENT_TYPES)),
    userId: mostly(fc.oneof({ arbitrary: fc.string({ minLength: 1, maxLength: 40 }), weight: 9 }, fc.string({ minLength: 250, maxLength: 260 }))),
    anonymousId: mostly(fc.uuid()),
    messageId: mostly(fc.string({ minLength: 1, maxLength: 40 })),
    event: mostly(fc.string({ minLength: 1, maxLength: 60 })),
    previousId: mostly(fc.string({ minLength: 1 })),
    groupId: mostly(fc.oneof(fc.string({ minLength: 1 }), fc.integer())),
    timestamp: mostly(fc.oneof({ arbitrary: isoTime, weight: 9 }, { arbitrary: isoish, weight: 1 })),
    sentAt: mostly(fc.oneof({ arbitrary: isoTime, weight: 9 }, { arbitrary: isoish, weight: 1 })),
    originalTimestamp: mostly(isoTime),
    properties: mostly(fc.dictionary(fc.string(), loose, { maxKeys: 4 })),
    traits: mostly(fc.record({ email: mostly(fc.emailAddress()), phone: mostly(fc.constantFrom("+1 415 555 2671", "12", "+44 7911 123456")), consent: mostly(fc.dictionary(fc.constantFrom("email", "sms", "fax"), mostly(fc.constantFrom("subscribed", "unsubscribed")))), plan: loose }, { requiredKeys: [] })),
    context: mostly(fc.record({ timezone: mostly(fc.constantFrom("Europe/Paris", "Mars/Base")), locale: mostly(fc.constantFrom("en_GB", "fr-FR", "xx-!!")), device: mostly(fc.record({ id: mostly(fc.uuid()) })), traits: mostly(fc.record({ email: mostly(fc.emailAddress()) })), consent: mostly(fc.dictionary(fc.constantFrom("push", "sms"), fc.constantFrom("subscribed", "unsubscribed"))), ip: mostly(fc.ipV4()) }, { requiredKeys: [] })),
  },
  // the fields most calls need are usually there; the rest come and go
  { requiredKeys: ["type", "userId", "event", "groupId", "previousId"] },
);
const headers = fc.record(
  {
    "content-type": fc.oneof(fc.constant("application/json"), printable),
    "content-encoding": fc.oneof({ arbitrary: fc.constant("identity"), weight: 6 }, fc.constant("gzip"), printable),
    "x-forwarded-for": printable,
  },
  { requiredKeys: [] },
);

describe("ingestion fuzzing", () => {
  let ws: Awaited<ReturnType<typeof createIngestWorkspace>>;
  beforeAll(async () => {
    ws = await createIngestWorkspace();
  });

  it("never answers 5xx, whatever the body, headers or credentials", async () => {
    const body = fc.oneof(
      { arbitrary: nearlyValid.map((v) => JSON.stringify(v)), weight: 4 },
      { arbitrary: fc.array(nearlyValid, { maxLength: 4 }).map((batch) => JSON.stringify({ batch })), weight: 4 },
      fc.record({ batch: wild, context: wild, sentAt: isoish }, { requiredKeys: [] }).map((v) => JSON.stringify(v)),
      loose.map((v) => JSON.stringify(v)),
      fc.string({ unit: "binary", maxLength: 200 }),
    );
    const auth = fc.oneof({ arbitrary: fc.constant("valid"), weight: 8 }, fc.constant("none"), printable.map((s) => `Basic ${s}`), printable.map((s) => `Bearer ${s}`), printable);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ENDPOINTS), body, headers, auth, async (endpoint, text, extra, credential) => {
        const authorization = credential === "valid" ? basicAuth(ws.writeKey) : credential === "none" ? undefined : credential;
        const request = new Request(`http://localhost/api/v1/${endpoint}`, { method: "POST", headers: { ...extra, ...(authorization ? { authorization } : {}) }, body: text });
        const response = await routes[endpoint](request);
        expect(response.status, await response.clone().text()).toBeLessThan(500);
        expect(response.headers.get("content-type")).toContain("application/json");
      }),
      { numRuns: 200 },
    );
  });

  it("keeps every valid event of a batch mixed with junk, and rejects only junk", async () => {
    const valid = fc.record({ userId: fc.constantFrom("f1", "f2", "f3"), event: fc.constantFrom("A", "B"), properties: fc.dictionary(fc.string(), loose, { maxKeys: 3 }) });
    const item = fc.oneof(valid.map((v) => ({ kind: "valid" as const, v })), fc.oneof(nearlyValid, wild).map((v) => ({ kind: "junk" as const, v })));
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(item, { minLength: 1, maxLength: 8 }), async (items) => {
        run++;
        const batch = items.map((it, i) => (it.kind === "valid" ? { type: "track", messageId: `fuzz-${run}-${i}`, ...it.v } : it.v));
        const request = new Request("http://localhost/api/v1/batch", { method: "POST", headers: { authorization: basicAuth(ws.writeKey), "content-type": "application/json" }, body: JSON.stringify({ batch }) });
        const response = await routes.batch(request);
        expect(response.status).toBeLessThan(500);
        const answer = (await response.json()) as { rejected?: { index: number }[] };
        const validIndexes = items.flatMap((it, i) => (it.kind === "valid" ? [i] : []));
        for (const rejected of answer.rejected ?? []) expect(validIndexes).not.toContain(rejected.index);
        const stored = await db.event.count({ where: { workspaceId: ws.workspaceId, messageId: { in: validIndexes.map((i) => `fuzz-${run}-${i}`) } } });
        expect(stored).toBe(validIndexes.length);
      }),
      { numRuns: 40 },
    );
  });
});
