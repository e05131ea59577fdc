import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { checkIdentityInvariants, expectedComponents } from "./testing/check-identity-invariants";
import { createIngestWorkspace, OPEN_IDENTITY_RULES, sendIngest } from "./testing/ingest-fixtures";

const USERS = ["u1", "u2", "u3"];
const ANONS = ["a1", "a2", "a3", "a4"];
const EMAILS = ["e1@x.io", "E1@X.io", "e2@x.io", "e3@x.io"];
const DEVICES = ["d1", "d2"];

const who = fc.record({ userId: fc.option(fc.constantFrom(...USERS), { nil: undefined }), anonymousId: fc.option(fc.constantFrom(...ANONS), { nil: undefined }) }).filter((w) => Boolean(w.userId ?? w.anonymousId));
const identify = fc.record({
  type: fc.constant("identify" as const),
  who,
  traits: fc.record({ email: fc.constantFrom(...EMAILS), plan: fc.constantFrom("free", "pro", "team", null), city: fc.constantFrom("Paris", "Lyon") }, { requiredKeys: [] }),
});
const track = fc.record({ type: fc.constant("track" as const), who, device: fc.option(fc.constantFrom(...DEVICES), { nil: undefined }) });
const alias = fc.record({ type: fc.constant("alias" as const), previousId: fc.constantFrom(...ANONS), userId: fc.constantFrom(...USERS) });
const op = fc.oneof(identify, track, alias);
type TOp = typeof op extends fc.Arbitrary<infer T> ? T : never;

function linksOf(o: TOp): string[] {
  if (o.type === "alias") return [`userId:${o.userId}`, `anonymousId:${o.previousId}`];
  const keys = [o.who.userId && `userId:${o.who.userId}`, o.who.anonymousId && `anonymousId:${o.who.anonymousId}`];
  if (o.type === "identify" && o.traits.email) keys.push(`email:${o.traits.email.toLowerCase()}`);
  if (o.type === "track" && o.device) keys.push(`deviceId:${o.device}`);
  return keys.filter((k): k is string => Boolean(k));
}

function callOf(o: TOp, timestamp: string): Record<string, unknown> {
  if (o.type === "alias") return { type: "alias", previousId: o.previousId, userId: o.userId, timestamp };
  if (o.type === "identify") return { type: "identify", ...o.who, traits: o.traits, timestamp };
  return { type: "track", ...o.who, event: "Did", timestamp, ...(o.device ? { context: { device: { id: o.device } } } : {}) };
}

/** Per trait, the value of the newest identify in the component (null removes), as the model. */
function expectedTraits(ops: { o: TOp; at: number }[], keys: Set<string>): Record<string, unknown> {
  const newest = new Map<string, { at: number; value: unknown }>();
  for (const { o, at } of ops) {
    if (o.type !== "identify" || !linksOf(o).some((k) => keys.has(k))) continue;
    for (const [trait, value] of Object.entries(o.traits)) {
      const normal = trait === "email" && typeof value === "string" ? value.toLowerCase() : value;
      if ((newest.get(trait)?.at ?? -1) < at) newest.set(trait, { at, value: normal });
    }
  }
  return Object.fromEntries([...newest].filter(([, v]) => v.value !== null).map(([k, v]) => [k, v.value]));
}

// Rules that allow every merge: resolution is then the connected components of the identifiers
// (identity-rules.property.test.ts checks the limits).
describe("identity resolution (property)", () => {
  it("keeps identifiers unique, events attached, merge chains live and traits newest-per-trait, however calls are ordered, timed and batched", async () => {
    const scenario = fc.array(op, { minLength: 1, maxLength: 10 }).chain((ops) =>
      fc.record({
        ops: fc.constant(ops),
        // event times in a random order, so arrival order is not time order
        order: fc.shuffledSubarray(ops.map((_, i) => i), { minLength: ops.length, maxLength: ops.length }),
        // how the calls are sent: sizes of consecutive chunks, a chunk of 1 as a single call
        chunks: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: ops.length, maxLength: ops.length }),
      }),
    );
    await fc.assert(
      fc.asyncProperty(scenario, async ({ ops, order, chunks }) => {
        const ws = await createIngestWorkspace("US", OPEN_IDENTITY_RULES);
        const timed = ops.map((o, i) => ({ o, at: Date.UTC(2026, 0, 1) + (order.indexOf(i) + 1) * 60_000 }));
        const calls = timed.map(({ o, at }) => callOf(o, new Date(at).toISOString()));
        for (let start = 0, c = 0; start < calls.length; c++) {
          const chunk = calls.slice(start, start + (chunks[c] ?? 1));
          start += chunk.length;
          const response = chunk.length === 1
            ? await sendIngest(chunk[0]?.type as "track", chunk[0], { key: ws.writeKey })
            : await sendIngest("batch", { batch: chunk }, { key: ws.writeKey });
          expect(response.status, JSON.stringify(response.body)).toBe(200);
        }
        const links = ops.map(linksOf);
        const owner = await checkIdentityInvariants(ws.workspaceId, links, ops.length);
        for (const component of expectedComponents(links)) {
          const profile = await db.profile.findUniqueOrThrow({ where: { id: owner.get(component[0] as string) } });
          expect(profile.traits).toEqual(expectedTraits(timed, new Set(component)));
        }
      }),
      { numRuns: 15 },
    );
  });
});
