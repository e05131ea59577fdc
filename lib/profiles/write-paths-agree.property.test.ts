import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { db, dbProvider } from "@/lib/db/client";
import { createTestWorkspace } from "@/lib/db/testing/factories";
import { RULE_KINDS, type TIdentityRules } from "./identity-rules";
import type { TIncomingEvent } from "./incoming-event";
import { runWriteTransaction } from "./run-write-transaction";
import { validateEvent } from "./validate-event";
import { writeIngestJobs } from "./write-ingest-jobs";

const USERS = ["u1", "u2", "u3"];
const ANONS = ["a1", "a2", "a3"];
// "n/a" and "0000" are not an email / a phone: dropped as invalid, never a reason to refuse the call
const EMAILS = ["e1@x.io", "e2@x.io", "n/a"];
const PHONES = ["+33612345678", "+447911123456", "0000"];

const call = fc.record(
  {
    type: fc.constantFrom("identify", "track", "page", "alias"),
    userId: fc.constantFrom(...USERS),
    anonymousId: fc.constantFrom(...ANONS),
    previousId: fc.constantFrom(...ANONS, ...USERS),
    email: fc.constantFrom(...EMAILS),
    phone: fc.constantFrom(...PHONES),
    plan: fc.constantFrom("free", "pro", null),
    consent: fc.constantFrom("subscribed", "unsubscribed"),
    // past 1,440 the time lies after receivedAt (2026-01-02) and is bounded to it
    minute: fc.integer({ min: 0, max: 2_000 }),
    repeat: fc.boolean(),
  },
  { requiredKeys: ["type", "minute"] },
);
type TCall = typeof call extends fc.Arbitrary<infer T> ? T : never;

function rawOf(c: TCall, index: number): Record<string, unknown> {
  const timestamp = new Date(Date.UTC(2026, 0, 1) + c.minute * 60_000).toISOString();
  // a repeat reuses the previous call's messageId, as a retrying client does
  const messageId = `m-${c.repeat && index > 0 ? index - 1 : index}`;
  const who = { ...(c.userId ? { userId: c.userId } : {}), ...(c.anonymousId || !c.userId ? { anonymousId: c.anonymousId ?? "a-fallback" } : {}) };
  if (c.type === "alias") return { type: "alias", messageId, timestamp, userId: c.userId ?? "u-alias", previousId: c.previousId ?? "a1" };
  if (c.type === "identify") return { type: "identify", messageId, timestamp, ...who, traits: { ...(c.email ? { email: c.email } : {}), ...(c.phone ? { phone: c.phone } : {}), ...(c.plan !== undefined ? { plan: c.plan } : {}), ...(c.consent ? { consent: { email: c.consent } } : {}) }, context: { timezone: "Europe/Paris", locale: "fr-FR" } };
  if (c.type === "page") return { type: "page", messageId, timestamp, ...who, name: "Home", properties: { path: "/" } };
  return { type: "track", messageId, timestamp, ...who, event: "Viewed", properties: { n: index, nested: { ok: true } }, ...(c.consent ? { context: { consent: { sms: c.consent } } } : {}) };
}

function eventsOf(calls: readonly TCall[]): TIncomingEvent[] {
  return calls.map((c, i) => {
    const result = validateEvent(rawOf(c, i), null, { receivedAt: new Date("2026-01-02T00:00:00Z"), defaultRegion: "FR" });
    if (!result.ok) throw new Error(`${result.path}: ${result.message}`);
    return result.event;
  });
}

// small limits, so the batches meet conflicts and full kinds
const rulesArb: fc.Arbitrary<TIdentityRules> = fc.record({
  priority: fc.shuffledSubarray([...RULE_KINDS], { minLength: 5, maxLength: 5 }),
  limits: fc.record({ userId: fc.integer({ min: 1, max: 2 }), email: fc.integer({ min: 1, max: 2 }), phone: fc.integer({ min: 1, max: 2 }), deviceId: fc.integer({ min: 1, max: 2 }), anonymousId: fc.integer({ min: 1, max: 3 }) }),
});

async function workspaceWith(rules: TIdentityRules): Promise<string> {
  const { id } = await createTestWorkspace();
  await db.workspaceSettings.create({ data: { workspaceId: id, identityRules: { priority: [...rules.priority], limits: { ...rules.limits } } } });
  return id;
}

/** A workspace's people, each named by its identifiers rather than by generated ids. */
async function snapshot(workspaceId: string) {
  const profiles = await db.profile.findMany({ where: { workspaceId }, include: { identities: true, consents: true } });
  const nameOf = new Map(profiles.map((p) => [p.id, p.identities.map((i) => `${i.kind}:${i.value}`).sort().join(" ")]));
  const people = profiles
    .map((p) => ({
      who: nameOf.get(p.id),
      traits: p.traits,
      traitTimestamps: p.traitTimestamps,
      timezone: p.timezone,
      locale: p.locale,
      firstSeenAt: p.firstSeenAt.toISOString(),
      lastSeenAt: p.lastSeenAt.toISOString(),
      consents: p.consents.map((c) => `${c.channel}:${c.status}:${c.source}:${c.updatedAt.toISOString()}`).sort(),
    }))
    .sort((a, b) => String(a.who).localeCompare(String(b.who)));
  const events = (await db.event.findMany({ where: { workspaceId }, orderBy: { messageId: "asc" } })).map((e) => ({ messageId: e.messageId, who: nameOf.get(e.profileId ?? ""), type: e.type, name: e.name, properties: e.properties, context: e.context, timestamp: e.timestamp.toISOString() }));
  const merges = await db.profileMerge.findMany({ where: { workspaceId } });
  const survivorOf = new Map(merges.map((m) => [m.mergedId, m.survivorId]));
  const current = (id: string | null) => {
    let at = id;
    for (let hops = 0; at !== null && survivorOf.has(at) && hops <= merges.length; hops++) at = survivorOf.get(at) as string;
    return at;
  };
  const dropped = (await db.droppedIdentifier.findMany({ where: { workspaceId } }))
    .map((d) => ({ who: nameOf.get(d.profileId), kind: d.kind, value: d.value, reason: d.reason, detail: d.detail, owner: nameOf.get(current(d.ownerProfileId) ?? ""), eventMessageId: d.eventMessageId, at: d.at.toISOString() }))
    .sort((a, b) => `${a.eventMessageId}:${a.kind}:${a.value}`.localeCompare(`${b.eventMessageId}:${b.kind}:${b.value}`));
  return { people, events, merges: merges.length, dropped };
}

describe("the SQLite fast path and the Prisma path of ingestion writes (property)", () => {
  it("leave the same people, identities, traits, consent, events, merges and dropped identifiers for any calls and identity rules, however batched", async () => {
    const scenario = fc.record({ calls: fc.array(call, { minLength: 1, maxLength: 12 }), chunk: fc.integer({ min: 1, max: 5 }), rules: rulesArb });
    await fc.assert(
      fc.asyncProperty(scenario, async ({ calls, chunk, rules }) => {
        const events = eventsOf(calls);
        const [fast, prisma] = [await workspaceWith(rules), await workspaceWith(rules)];
        for (let start = 0; start < events.length; start += chunk) {
          const slice = events.slice(start, start + chunk);
          const job = (workspaceId: string) => ({ source: { workspaceId, apiKeyId: null }, events: slice, rejected: [], receivedAt: new Date("2026-01-02T00:00:00Z") });
          // runWriteTransaction binds SQLite's cached statements; a plain $transaction goes through Prisma
          await runWriteTransaction((tx) => writeIngestJobs(tx, [job(fast)]));
          await db.$transaction((tx) => writeIngestJobs(tx, [job(prisma)]));
        }
        expect(await snapshot(fast)).toEqual(await snapshot(prisma));
      }),
      { numRuns: dbProvider() === "sqlite" ? 40 : 10 },
    );
  });
});
