import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { db, dbProvider } from "../db/client";
import { RULE_KINDS, type TIdentityRules } from "./identity-rules";
import type { TIdentityKind } from "./incoming-event";
import { createIngestWorkspace, sendIngest } from "./testing/ingest-fixtures";

const USERS = ["u1", "u2", "u3"];
const ANONS = ["a1", "a2", "a3"];
const EMAILS = ["e1@x.io", "e2@x.io", "e3@x.io"];
const PHONES = ["+14155550100", "+14155550123"];
const DEVICES = ["d1", "d2"];

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const who = fc.record({ userId: maybe(fc.constantFrom(...USERS)), anonymousId: maybe(fc.constantFrom(...ANONS)) }).map((w): { userId?: string; anonymousId?: string } => (w.userId || w.anonymousId ? w : { anonymousId: "a1" }));
const contact = fc.record({ email: maybe(fc.constantFrom(...EMAILS)), phone: maybe(fc.constantFrom(...PHONES)) }, { requiredKeys: [] });
const call = fc.oneof(
  fc.record({ type: fc.constant("identify" as const), who, traits: contact }),
  fc.record({ type: fc.constant("track" as const), who, device: maybe(fc.constantFrom(...DEVICES)), traits: contact }),
  fc.record({ type: fc.constant("alias" as const), previousId: fc.constantFrom(...USERS, ...ANONS), userId: fc.constantFrom(...USERS) }),
);
type TCall = typeof call extends fc.Arbitrary<infer T> ? T : never;

const rulesArb: fc.Arbitrary<TIdentityRules> = fc.record({
  priority: fc.shuffledSubarray([...RULE_KINDS], { minLength: 5, maxLength: 5 }),
  limits: fc.record({ userId: fc.integer({ min: 1, max: 2 }), email: fc.integer({ min: 1, max: 3 }), phone: fc.integer({ min: 1, max: 2 }), deviceId: fc.integer({ min: 1, max: 2 }), anonymousId: fc.integer({ min: 1, max: 3 }) }),
});

function bodyOf(c: TCall, messageId: string): Record<string, unknown> {
  if (c.type === "alias") return { type: "alias", messageId, previousId: c.previousId, userId: c.userId };
  if (c.type === "identify") return { type: "identify", messageId, ...c.who, traits: c.traits };
  return { type: "track", messageId, ...c.who, event: "Did", context: { ...(c.device ? { device: { id: c.device } } : {}), traits: c.traits } };
}

/** The identifiers a call carries, highest priority first (an alias's previousId apart: it stands for a user or an anonymous id). */
function keysOf(c: TCall, rules: TIdentityRules): { kind: TIdentityKind; value: string }[] {
  if (c.type === "alias") return [{ kind: "userId", value: c.userId }];
  const keys: { kind: TIdentityKind; value: string }[] = [];
  if (c.who.userId) keys.push({ kind: "userId", value: c.who.userId });
  if (c.who.anonymousId) keys.push({ kind: "anonymousId", value: c.who.anonymousId });
  if (c.type === "track" && c.device) keys.push({ kind: "deviceId", value: c.device });
  if (c.traits.email) keys.push({ kind: "email", value: c.traits.email });
  if (c.traits.phone) keys.push({ kind: "phone", value: c.traits.phone });
  return keys.sort((a, b) => rules.priority.indexOf(a.kind) - rules.priority.indexOf(b.kind));
}

/** The workspace after a request: who holds what, and what each stored event dropped. */
async function stateOf(workspaceId: string) {
  const [identities, events, drops, merges] = await Promise.all([
    db.identity.findMany({ where: { workspaceId } }),
    db.event.findMany({ where: { workspaceId }, select: { messageId: true, profileId: true } }),
    db.droppedIdentifier.findMany({ where: { workspaceId } }),
    db.profileMerge.findMany({ where: { workspaceId } }),
  ]);
  // a conflict names the owner as it was; a later merge may have moved it on
  const survivorOf = new Map(merges.map((m) => [m.mergedId, m.survivorId]));
  const current = (id: string | null) => {
    let at = id;
    for (let hops = 0; at !== null && survivorOf.has(at) && hops <= merges.length; hops++) at = survivorOf.get(at) as string;
    return at;
  };
  const keysOfProfile = new Map<string, string[]>();
  for (const i of identities) keysOfProfile.set(i.profileId, [...(keysOfProfile.get(i.profileId) ?? []), `${i.kind}:${i.value}`].sort());
  const ownerOf = new Map(identities.map((i) => [`${i.kind}:${i.value}`, i.profileId]));
  return { keysOfProfile, ownerOf, events, drops, current };
}

/** Invariants after every request: limits, each event once, every identifier either attached or recorded as dropped. */
async function checkAfterRequest(workspaceId: string, apiKeyId: string, rules: TIdentityRules, sent: ReadonlyMap<string, TCall>) {
  const { keysOfProfile, ownerOf, events, drops, current } = await stateOf(workspaceId);
  for (const [profileId, keys] of keysOfProfile) {
    for (const kind of RULE_KINDS) expect(keys.filter((k) => k.startsWith(`${kind}:`)).length, `${profileId}: ${keys.join(" ")}`).toBeLessThanOrEqual(rules.limits[kind]);
  }
  expect(events.map((e) => e.messageId).sort()).toEqual([...sent.keys()].sort());
  const dropsOf = new Map<string, typeof drops>();
  for (const d of drops) dropsOf.set(d.eventMessageId, [...(dropsOf.get(d.eventMessageId) ?? []), d]);
  for (const event of events) {
    const c = sent.get(event.messageId) as TCall;
    const mine = dropsOf.get(event.messageId) ?? [];
    expect(new Set(mine.map((d) => `${d.kind}:${d.value}`)).size, "each drop recorded once").toBe(mine.length);
    for (const d of mine) {
      expect(d.profileId).toBe(event.profileId);
      // a dropped identifier never ends up on the event's profile: limits only grow tighter as profiles fill
      expect(ownerOf.get(`${d.kind}:${d.value}`)).not.toBe(event.profileId);
      if (d.reason === "conflict") expect(ownerOf.get(`${d.kind}:${d.value}`)).toBe(current(d.ownerProfileId));
    }
    const keys = keysOf(c, rules);
    for (const { kind, value } of keys) {
      const attached = ownerOf.get(`${kind}:${value}`) === event.profileId;
      expect(attached || mine.some((d) => d.kind === kind && d.value === value), `${event.messageId} ${kind}:${value}`).toBe(true);
    }
    // the highest-priority identifier always lands: the event is on its profile
    if (c.type !== "alias") expect(ownerOf.get(`${keys[0]?.kind}:${keys[0]?.value}`)).toBe(event.profileId);
    if (c.type === "alias") {
      const previous = [`userId:${c.previousId}`, `anonymousId:${c.previousId}`].some((k) => ownerOf.get(k) === event.profileId);
      expect(previous || mine.some((d) => d.value === c.previousId), `alias ${event.messageId}`).toBe(true);
    }
  }
  expect((await db.apiKey.findUniqueOrThrow({ where: { id: apiKeyId } })).droppedIdentifierCount).toBe(drops.length);
}

/** People named by their identifiers, and each stored event's profile and drops named the same way, for comparing two workspaces. */
async function outcomeOf(workspaceId: string) {
  const { keysOfProfile, events, drops, current } = await stateOf(workspaceId);
  const name = (profileId: string | null) => (profileId ? (keysOfProfile.get(profileId) ?? []).join(" ") : null);
  return {
    people: [...keysOfProfile.values()].map((keys) => keys.join(" ")).sort(),
    events: events.map((e) => `${e.messageId} → ${name(e.profileId)}`).sort(),
    drops: drops.map((d) => `${d.eventMessageId} ${d.kind}:${d.value} ${d.reason} on ${name(d.profileId)} owner ${name(current(d.ownerProfileId))}`).sort(),
  };
}

describe("identity rules (property)", () => {
  it("keep every profile within the limits after every request, store each event once, record every dropped identifier once, and batch exactly as one call at a time would", async () => {
    const scenario = fc.record({
      rules: rulesArb,
      calls: fc.array(fc.record({ call, repeat: fc.nat({ max: 5 }) }), { minLength: 1, maxLength: 12 }),
      // request sizes: 1 is a single call, more a batch (which may carry a repeat of its own items)
      chunks: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 12, maxLength: 12 }),
    });
    await fc.assert(
      fc.asyncProperty(scenario, async ({ rules, calls, chunks }) => {
        const [batched, single] = [await createIngestWorkspace("US", rules), await createIngestWorkspace("US", rules)];
        // a repeat (1 in 6) re-sends an earlier call with its messageId, as a retrying client does
        const bodies: Record<string, unknown>[] = [];
        const byId = new Map<string, TCall>();
        calls.forEach(({ call: c, repeat }, i) => {
          const earlier = repeat === 0 && i > 0 ? bodies[i - 1] : undefined;
          const body = earlier ?? bodyOf(c, `m${i}`);
          bodies.push(body);
          if (!earlier) byId.set(`m${i}`, c);
        });
        const sent = new Map<string, TCall>();
        for (let start = 0, n = 0; start < bodies.length; n++) {
          const chunk = bodies.slice(start, start + (chunks[n] ?? 1));
          start += chunk.length;
          const response = chunk.length === 1 ? await sendIngest(chunk[0]?.type as "track", chunk[0], { key: batched.writeKey }) : await sendIngest("batch", { batch: chunk }, { key: batched.writeKey });
          expect(response.status, JSON.stringify(response.body)).toBe(200);
          for (const body of chunk) sent.set(body.messageId as string, byId.get(body.messageId as string) as TCall);
          await checkAfterRequest(batched.workspaceId, batched.apiKeyId, rules, sent);
        }
        for (const body of bodies) expect((await sendIngest(body.type as "track", body, { key: single.writeKey })).status).toBe(200);
        expect(await outcomeOf(batched.workspaceId)).toEqual(await outcomeOf(single.workspaceId));
      }),
      { numRuns: dbProvider() === "sqlite" ? 25 : 10 },
    );
  });
});
