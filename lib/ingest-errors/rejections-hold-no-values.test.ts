import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { createIngestWorkspace, sendIngest } from "../profiles/testing/ingest-fixtures";

/**
 * The Sources page keeps the latest rejections of each write key (IngestRejection) long after the
 * request: they name the field and the reason, never a submitted value (an email, a phone, an id),
 * which would outlive the deletion of the person it belongs to. The sender's own error response
 * may echo what it sent; that is not stored.
 */

// A marker no message or path can contain by chance; every bad value below carries one.
const marker = fc.stringMatching(/^[a-z]{4}[0-9]{6}$/).map((m) => `zq${m}`);

/** A call that is refused (or, for trait identifiers, may be kept without the bad value) with `m` in a value. */
const badCall = (m: string): fc.Arbitrary<Record<string, unknown>> =>
  fc.constantFrom<Record<string, unknown>>(
    { type: "track", userId: "u1", event: `${m}${"x".repeat(260)}` },
    { type: "identify", userId: `${m}${"x".repeat(260)}` },
    { type: "identify", anonymousId: { email: `${m}@example.com` } },
    { type: "identify", userId: "u1", traits: { email: `${m}@nowhere` } },
    { type: "identify", userId: "u1", traits: { phone: `call ${m}` } },
    { type: "track", userId: "u1", event: "Viewed", context: { traits: { phone: `+999 ${m}` } } },
    { type: "identify", userId: "u1", traits: { consent: { email: m } } },
    { type: "track", userId: "u1", event: "Viewed", context: { consent: { sms: `${m}@example.com` } } },
    { type: "track", userId: "u1", event: "Viewed", context: { timezone: `Zone/${m}` } },
    { type: "track", userId: "u1", event: "Viewed", context: { locale: `${m}!!` } },
    { type: "track", userId: "u1", event: "Viewed", context: { ip: `${m}${"1".repeat(70)}` } },
    { type: "track", userId: "u1", event: "Viewed", timestamp: `${m}-01-01` },
    { type: "track", userId: "u1", event: "Viewed", properties: { note: `${m}\u0000` } },
    { type: "alias", userId: `${m}@example.com` },
    { type: "group", userId: "u1", groupId: { id: m } },
    { type: m, userId: "u1" },
    { type: "page", userId: "u1", name: `${m}${"x".repeat(260)}` },
  );

describe("ingestion rejection samples", () => {
  let ws: Awaited<ReturnType<typeof createIngestWorkspace>>;
  beforeAll(async () => {
    ws = await createIngestWorkspace("US");
  });

  async function storedText(): Promise<string> {
    const rows = await db.ingestRejection.findMany({ where: { apiKeyId: ws.apiKeyId }, select: { reason: true, path: true, eventType: true, messageId: true } });
    return JSON.stringify(rows).toLowerCase();
  }

  it("store the field and the reason of a bad email, phone, consent or id, never the value", async () => {
    const values = ["ada.lovelace@analytical-engine", "+1 (415) 555-01", "ada-says-maybe", "grace@example.com"];
    await sendIngest("identify", { userId: "u1", traits: { email: values[0], phone: values[1], consent: { email: values[2] } } }, { key: ws.writeKey });
    await sendIngest("alias", { userId: values[3] }, { key: ws.writeKey });
    await sendIngest("batch", { batch: [{ type: "track", userId: "u1", event: "Viewed", context: { consent: { sms: values[3] } } }] }, { key: ws.writeKey });
    await sendIngest("batch", { batch: values[3] }, { key: ws.writeKey });
    await sendIngest("track", {}, { key: ws.writeKey, raw: `{"userId":"${values[3]}",` });
    const text = await storedText();
    expect(await db.ingestRejection.count({ where: { apiKeyId: ws.apiKeyId } })).toBeGreaterThanOrEqual(4);
    for (const value of values) expect(text.includes(value.toLowerCase()), `a rejection holds ${value}`).toBe(false);
  });

  it("hold no submitted value, whatever the bad calls, alone or in batches (property)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(marker.chain((m) => badCall(m).map((call) => ({ m, call }))), { minLength: 1, maxLength: 8 }), fc.boolean(), async (calls, batched) => {
        if (batched) await sendIngest("batch", { batch: calls.map((c) => c.call) }, { key: ws.writeKey });
        else for (const { call } of calls) await sendIngest(typeof call.type === "string" && ["track", "identify", "page", "screen", "group", "alias"].includes(call.type) ? (call.type as "track") : "track", call, { key: ws.writeKey });
        const text = await storedText();
        for (const { m } of calls) expect(text.includes(m), `a rejection holds ${m}`).toBe(false);
      }),
      { numRuns: 25 },
    );
  }, 60_000);
});
