import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { db, dbProvider } from "@/lib/db/client";
import { createIngestWorkspace, identitiesOf, sendIngest } from "./testing/ingest-fixtures";

const HOUR = 3_600_000;
const USERS = ["u0", "u1", "u2"];
const CHANNELS = ["email", "sms"] as const;

/**
 * One call from a client whose clock is off by `clock` (hours; "2099" = a timestamp stuck in
 * 2099 with a correct sentAt), made `ageMinutes` before it is sent, with or without sentAt.
 */
const call = fc.record({
  type: fc.constantFrom("identify", "track"),
  user: fc.integer({ min: 0, max: USERS.length - 1 }),
  clock: fc.constantFrom(-6, -1, 0, 1, 6, "2099" as const),
  withSentAt: fc.boolean(),
  ageMinutes: fc.integer({ min: 0, max: 30 }),
  consent: fc.option(fc.record({ channel: fc.constantFrom(...CHANNELS), status: fc.constantFrom("subscribed", "unsubscribed"), inContext: fc.boolean() }), { nil: null }),
  plan: fc.option(fc.constantFrom("free", "pro", "team"), { nil: null }),
});
type TCall = typeof call extends fc.Arbitrary<infer T> ? T : never;

/** Requests in the order they are sent: a single call or a batch of a few. */
const requests = fc.array(fc.record({ batch: fc.boolean(), calls: fc.array(call, { minLength: 1, maxLength: 4 }) }), { minLength: 2, maxLength: 7 });

/** Whether the call's time, after the skew correction, lies after its arrival: by hours, never borderline. */
const isFuture = (c: TCall) => c.clock === "2099" || (!c.withSentAt && c.clock > 0);

function rawOf(c: TCall, messageId: string, sendingAt: number): Record<string, unknown> {
  const offset = c.clock === "2099" ? 0 : c.clock * HOUR;
  const timestamp = c.clock === "2099" ? "2099-01-01T00:00:00.000Z" : new Date(sendingAt - c.ageMinutes * 60_000 + offset).toISOString();
  const consent = c.consent ? { [c.consent.channel]: c.consent.status } : null;
  const base = { type: c.type, userId: USERS[c.user], messageId, timestamp, ...(c.withSentAt ? { sentAt: new Date(sendingAt + offset).toISOString() } : {}) };
  const traits = { ...(c.plan ? { plan: c.plan } : {}), ...(consent && !c.consent?.inContext && c.type === "identify" ? { consent } : {}) };
  const context = consent && (c.consent?.inContext || c.type === "track") ? { consent } : {};
  return c.type === "identify" ? { ...base, traits, context } : { ...base, event: "Clicked", context };
}

describe("events from skewed client clocks (property)", () => {
  it("never store a time after its arrival, never freeze an unsubscribe, and are counted when they were in the future", async () => {
    await fc.assert(
      fc.asyncProperty(requests, async (sent) => {
        const ws = await createIngestWorkspace();
        const statements: { user: string; channel: string; status: string; messageId: string; request: number; position: number }[] = [];
        let futures = 0;
        for (const [r, request] of sent.entries()) {
          const sendingAt = Date.now();
          const raws = request.calls.map((c, i) => {
            const messageId = `m${r}-${i}`;
            if (c.consent) statements.push({ user: USERS[c.user] as string, channel: c.consent.channel, status: c.consent.status, messageId, request: r, position: i });
            if (isFuture(c)) futures++;
            return rawOf(c, messageId, sendingAt);
          });
          const response = request.batch || raws.length > 1 ? await sendIngest("batch", { batch: raws }, { key: ws.writeKey }) : await sendIngest(raws[0]?.type as "identify", raws[0], { key: ws.writeKey });
          expect(response.status).toBe(200);
        }

        const events = await db.event.findMany({ where: { workspaceId: ws.workspaceId } });
        expect(events).toHaveLength(statements.length + sent.flatMap((s) => s.calls).filter((c) => !c.consent).length);
        for (const event of events) expect(event.timestamp.getTime()).toBeLessThanOrEqual(event.receivedAt.getTime());
        const latestArrival = Math.max(...events.map((e) => e.receivedAt.getTime()));
        const profiles = await db.profile.findMany({ where: { workspaceId: ws.workspaceId }, include: { consents: true } });
        for (const profile of profiles) {
          expect(profile.lastSeenAt.getTime()).toBeLessThanOrEqual(latestArrival);
          for (const time of Object.values(profile.traitTimestamps as Record<string, string>)) expect(Date.parse(time)).toBeLessThanOrEqual(latestArrival);
        }
        const key = await db.apiKey.findUniqueOrThrow({ where: { id: ws.apiKeyId } });
        expect(key.futureTimestampCount).toBe(futures);

        // Arrival order: request by request; inside one request, statements apply in event-time order.
        const timeOf = new Map(events.map((e) => [e.messageId, e.timestamp.getTime()]));
        const arrived = [...statements].sort((a, b) => a.request - b.request || (timeOf.get(a.messageId) ?? 0) - (timeOf.get(b.messageId) ?? 0) || a.position - b.position);
        const ids = await identitiesOf(ws.workspaceId);
        for (const user of USERS) {
          const profile = profiles.find((p) => p.id === ids.get(`userId:${user}`));
          for (const channel of CHANNELS) {
            const said = arrived.filter((s) => s.user === user && s.channel === channel);
            const stored = profile?.consents.find((c) => c.channel === channel);
            if (said.length === 0) {
              expect(stored).toBeUndefined();
              continue;
            }
            const lastNo = said.findLastIndex((s) => s.status === "unsubscribed");
            const noAt = lastNo < 0 ? Number.NEGATIVE_INFINITY : (timeOf.get(said[lastNo]?.messageId ?? "") ?? 0);
            // after an unsubscribe arrives the person stays unsubscribed until a newer subscribe arrives
            if (said.at(-1)?.status === "unsubscribed") expect(stored?.status).toBe("unsubscribed");
            if (stored?.status === "subscribed") expect(said.slice(lastNo + 1).some((s) => s.status === "subscribed" && (timeOf.get(s.messageId) ?? 0) >= noAt)).toBe(true);
          }
        }
      }),
      { numRuns: dbProvider() === "sqlite" ? 50 : 15 },
    );
  });
});
