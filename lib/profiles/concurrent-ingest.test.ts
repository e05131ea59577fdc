import { describe, expect, it } from "vitest";
import type { TIncomingEvent } from "./incoming-event";
import { runWriteTransaction } from "./run-write-transaction";
import { checkIdentityInvariants } from "./testing/check-identity-invariants";
import { createIngestWorkspace, OPEN_IDENTITY_RULES, sendIngest } from "./testing/ingest-fixtures";
import { validateEvent } from "./validate-event";
import { writeIngestJobs } from "./write-ingest-jobs";

type TCall = { endpoint: "track" | "identify" | "alias" | "batch"; body: Record<string, unknown>; links: string[][]; events: number };

/** Deterministic shuffle, so a failure can be replayed. */
function shuffle<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Calls for a handful of people, each seen through several identifiers, plus links between people. */
function overlappingCalls(round: number): TCall[] {
  const calls: TCall[] = [];
  const person = (i: number) => ({ u: `r${round}-u${i}`, a: `r${round}-a${i}`, e: `r${round}-p${i}@example.com`, d: `r${round}-d${i}` });
  for (let i = 0; i < 6; i++) {
    const p = person(i);
    calls.push(
      { endpoint: "track", body: { anonymousId: p.a, event: "Viewed" }, links: [[`anonymousId:${p.a}`]], events: 1 },
      { endpoint: "track", body: { anonymousId: p.a, event: "Opened App", context: { device: { id: p.d } } }, links: [[`anonymousId:${p.a}`, `deviceId:${p.d}`]], events: 1 },
      { endpoint: "identify", body: { userId: p.u, traits: { email: p.e } }, links: [[`userId:${p.u}`, `email:${p.e}`]], events: 1 },
      { endpoint: "identify", body: { userId: p.u, anonymousId: p.a }, links: [[`userId:${p.u}`, `anonymousId:${p.a}`]], events: 1 },
      { endpoint: "track", body: { userId: p.u, event: "Purchased", context: { traits: { email: p.e } } }, links: [[`userId:${p.u}`, `email:${p.e}`]], events: 1 },
      { endpoint: "track", body: { anonymousId: `${p.a}-tab2`, event: "Viewed", context: { device: { id: p.d } } }, links: [[`anonymousId:${p.a}-tab2`, `deviceId:${p.d}`]], events: 1 },
    );
  }
  // people 0–1 share a device and 2–3 an alias: merges race with everything above
  const [p0, p1, p2, p3] = [person(0), person(1), person(2), person(3)];
  calls.push(
    { endpoint: "track", body: { userId: p0.u, event: "Borrowed Phone", context: { device: { id: p1.d } } }, links: [[`userId:${p0.u}`, `deviceId:${p1.d}`]], events: 1 },
    { endpoint: "alias", body: { previousId: p2.a, userId: p3.u }, links: [[`userId:${p3.u}`, `anonymousId:${p2.a}`]], events: 1 },
    {
      endpoint: "batch",
      body: { batch: [0, 4, 5].map((i) => ({ type: "track", userId: person(i).u, event: "Batched", context: { device: { id: person(i).d } } })) },
      links: [0, 4, 5].map((i) => [`userId:${person(i).u}`, `deviceId:${person(i).d}`]),
      events: 3,
    },
  );
  return calls;
}

// These runs link known users (a borrowed phone, an alias), so they use rules that allow every
// merge: what they check is that racing merges lose nothing. identity-rules.test.ts races the
// default rules.
describe("identity resolution under concurrency", () => {
  it("never puts an identifier on two profiles, nor an event on a missing one, when overlapping calls run in parallel", async () => {
    const ws = await createIngestWorkspace("US", OPEN_IDENTITY_RULES);
    const all: TCall[] = [];
    for (let round = 0; round < 3; round++) {
      const calls = shuffle(overlappingCalls(round), round + 7);
      all.push(...calls);
      const responses = await Promise.all(calls.map((call) => sendIngest(call.endpoint, call.body, { key: ws.writeKey })));
      expect(responses.map((r) => r.status)).toEqual(calls.map(() => 200));
    }
    await checkIdentityInvariants(ws.workspaceId, all.flatMap((c) => c.links), all.reduce((n, c) => n + c.events, 0));
  });

  it("keeps the invariants when separate processes write overlapping people at once (no shared queue)", async () => {
    // One process groups a workspace's concurrent requests into one transaction (submitIngestJob);
    // several web instances do not share that queue: their transactions race on PostgreSQL's
    // profile locks and unique indexes, as these direct writes do.
    const ws = await createIngestWorkspace("US", OPEN_IDENTITY_RULES);
    const eventsOf = (call: TCall): TIncomingEvent[] =>
      (call.endpoint === "batch" ? (call.body.batch as Record<string, unknown>[]) : [{ ...call.body, type: call.endpoint }]).map((raw) => {
        const result = validateEvent(raw, null, { receivedAt: new Date(), defaultRegion: "US" });
        if (!result.ok) throw new Error(`${result.path}: ${result.message}`);
        return result.event;
      });
    const all: TCall[] = [];
    for (let round = 0; round < 2; round++) {
      const calls = shuffle(overlappingCalls(round + 10), round + 3);
      all.push(...calls);
      await Promise.all(calls.map((call) => runWriteTransaction((tx) => writeIngestJobs(tx, [{ source: { workspaceId: ws.workspaceId, apiKeyId: null }, events: eventsOf(call), rejected: [], receivedAt: new Date() }]))));
    }
    await checkIdentityInvariants(ws.workspaceId, all.flatMap((c) => c.links), all.reduce((n, c) => n + c.events, 0));
  });

  it("stores a messageId once when the same call arrives many times at once", async () => {
    const ws = await createIngestWorkspace();
    const call = { userId: "same-user", event: "Paid", messageId: "pay-1" };
    const responses = await Promise.all(Array.from({ length: 12 }, () => sendIngest("track", call, { key: ws.writeKey })));
    expect(responses.every((r) => r.status === 200)).toBe(true);
    await checkIdentityInvariants(ws.workspaceId, [["userId:same-user"]], 1);
  });
});
