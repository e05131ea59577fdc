import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { createTestManagementKey, createTestWorkspace } from "@/lib/db/testing/factories";
import { createJourneyFromTemplate } from "@/lib/journeys/create-journey-from-template";
import { POST as preview } from "./[id]/preview/route";
import { POST as saveCase } from "./[id]/tests/route";

/**
 * Nothing a caller can send to the preview (or save as a case) makes a 5xx: random requests —
 * half well formed, half with one field replaced by anything (wrong types, NUL characters,
 * unpaired surrogates, nesting) — are answered 200 / 201, or 400 with the field named.
 */

const text = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom("Cart Abandoned", "Order Completed", "email", "sms", "a\u0000b", "\ud800", ""));
const json: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: "small", withCrossShrink: true }, text, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(tie("value"), { maxLength: 3 }), fc.dictionary(text, tie("value"), { maxKeys: 3 })),
})).value;
const clean: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: "small" }, fc.constantFrom("pro", "free", "Ada", ""), fc.integer({ min: -5, max: 200 }), fc.boolean(), fc.constant(null), fc.array(tie("value"), { maxLength: 2 }), fc.dictionary(fc.constantFrom("a", "b", "plan"), tie("value"), { maxKeys: 2 })),
})).value;
const traitsArb = fc.dictionary(fc.constantFrom("plan", "score", "first_name", "vip", "email"), clean, { maxKeys: 3 });
const iso = fc.date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2030-01-01T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString());
const offset = fc.record({ amount: fc.integer({ min: 0, max: 30 * 24 }), unit: fc.constantFrom("minutes", "hours") });
const event = fc.oneof(
  fc.record({ event: fc.constantFrom("Cart Abandoned", "Order Completed", "Page Viewed"), after: offset, properties: fc.dictionary(fc.constantFrom("total", "cart_url"), clean, { maxKeys: 2 }) }),
  fc.record({ type: fc.constant("identify"), after: offset, traits: fc.oneof(traitsArb, fc.record({ consent: fc.record({ sms: fc.constantFrom("subscribed", "unsubscribed") }) })) }),
);
const wellFormed = fc.record(
  {
    version: fc.constant("draft"),
    profile: fc.record({ traits: traitsArb, timezone: fc.constantFrom("UTC", "America/New_York", "Not/AZone"), consent: fc.record({ email: fc.constantFrom("subscribed", "unsubscribed") }), identities: fc.constant([{ kind: "email", value: "f@example.test" }]) }, { requiredKeys: [] }),
    start: iso,
    duration: fc.record({ amount: fc.integer({ min: 1, max: 60 }), unit: fc.constant("days") }),
    events: fc.array(event, { maxLength: 6 }),
    assume: fc.dictionary(fc.constantFrom("email", "sms", "push"), fc.record({ delivered: fc.oneof(offset, fc.constant("never")), opened: fc.oneof(offset, fc.constant("never")), clicked: fc.oneof(offset, fc.constant("never")) }, { requiredKeys: [] })),
  },
  { requiredKeys: ["start", "events"] },
);
/** Half the requests well formed; the others with one field (or one nested field) replaced by anything at all. */
const request = fc.tuple(wellFormed, fc.option(fc.tuple(fc.constantFrom("version", "profileId", "profile", "start", "until", "duration", "events", "assume", "events.0", "events.0.at", "events.0.after", "profile.traits", "assume.email", "assume.wait-24h"), json), { nil: undefined, freq: 2 })).map(([body, mutation]) => {
  if (!mutation) return body as Record<string, unknown>;
  const copy = JSON.parse(JSON.stringify(body)) as Record<string, unknown>;
  const [path, value] = mutation;
  const keys = path.split(".");
  let target: Record<string, unknown> = copy;
  for (const part of keys.slice(0, -1)) {
    const next = target[part];
    if (!next || typeof next !== "object") target[part] = {};
    target = target[part] as Record<string, unknown>;
  }
  target[keys.at(-1) ?? ""] = value;
  return copy;
});

describe("preview input (property)", () => {
  let key: string;
  let journeyId: string;
  beforeAll(async () => {
    const workspaceId = (await createTestWorkspace()).id;
    key = await createTestManagementKey(workspaceId, "marketer");
    journeyId = (await createJourneyFromTemplate(workspaceId, null, { templateId: "cascade" })).id;
  });
  const post = (handler: typeof preview, body: unknown) =>
    handler(new Request(`http://localhost/api/v1/journeys/${journeyId}/x`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${key}` }, body: JSON.stringify(body) }), { params: Promise.resolve({ id: journeyId }) });

  it("answers every request with 200 or a 400 naming a field, never a 5xx", async () => {
    const statuses = new Map<number, number>();
    const paths = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(request, fc.boolean(), async (body, asCase) => {
        const { version: _version, ...input } = body;
        const response = asCase ? await post(saveCase, { name: `case ${Math.random()}`, input }) : await post(preview, body);
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        expect(response.status, JSON.stringify(await response.clone().json())).toBeLessThan(500);
        if (response.status === 400) {
          const { path } = (await response.json()) as { path?: string };
          expect(path).toEqual(expect.any(String));
          paths.set(path ?? "", (paths.get(path ?? "") ?? 0) + 1);
        }
      }),
      { numRuns: 300 },
    );
    console.info(`preview fuzz: statuses ${JSON.stringify(Object.fromEntries(statuses))}, 400 paths ${JSON.stringify(Object.fromEntries(paths))}`);
    expect(statuses.get(400) ?? 0).toBeGreaterThan(0);
    expect((statuses.get(200) ?? 0) + (statuses.get(201) ?? 0)).toBeGreaterThan(0);
  }, 120_000);
});
