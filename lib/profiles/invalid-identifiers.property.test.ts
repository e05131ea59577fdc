import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { db, dbProvider } from "../db/client";
import { createIngestWorkspace, sendIngest } from "./testing/ingest-fixtures";

/** Valid values (made each person's own when sent: a shared one would be a conflict, not what this checks) and their stored forms. */
const VALID = { email: ["ok-N@x.io", " OK-N@X.io "], phone: ["+1 (415) 555-01N", "415-555-01N"] };
const own = (kind: "email" | "phone", value: string, person: number) => value.replace("N", kind === "email" ? String(person) : String(person + 10));
const storedForm = (kind: "email" | "phone", value: string, person: number) => (kind === "email" ? own(kind, value, person).trim().toLowerCase() : `+1415555${own(kind, value, person).slice(-4)}`);

const text = (unit: string) => fc.string({ unit: fc.constantFrom(...unit), minLength: 1, maxLength: 260 }).filter((s) => s.trim() !== "");
// Never an email: no "@" (or nothing around it); never a phone: no digit, or far too few / too many.
const invalidEmail = fc.oneof(fc.constantFrom("n/a", "unknown", "@", "a@b", "x@y.", "two@@x.io"), text("abc .-_/"), fc.integer(), fc.boolean(), fc.constant({ address: "a@b.c" }));
const invalidPhone = fc.oneof(fc.constantFrom("unknown", "n/a", "12", "+1 000", "call me", "555"), text(" -()./_!?"), fc.integer({ min: 0, max: 999 }), fc.boolean(), fc.constant(["+14155550100"]));
const email = fc.oneof(invalidEmail, fc.constantFrom(...VALID.email));
const phone = fc.oneof(invalidPhone, fc.constantFrom(...VALID.phone));
const contact = fc.record({ email, phone, plan: fc.constantFrom("free", "pro") }, { requiredKeys: ["plan"] });
const event = fc.record({ type: fc.constantFrom("identify", "track", "page", "screen", "group"), traits: contact, contextTraits: fc.option(contact, { nil: undefined }), repeat: fc.nat({ max: 4 }) });
type TEvent = typeof event extends fc.Arbitrary<infer T> ? T : never;

const isValid = (kind: "email" | "phone", value: unknown) => typeof value === "string" && VALID[kind].includes(value);
/** What a DroppedIdentifier keeps of a value: the text as sent (JSON when not text), cut to 200 characters. */
const recorded = (value: unknown) => (typeof value === "string" ? value : JSON.stringify(value)).slice(0, 200);

/** Traits with the person's own valid values. */
function personal(traits: TEvent["traits"], i: number): Record<string, unknown> {
  const out: Record<string, unknown> = { ...traits };
  for (const kind of ["email", "phone"] as const) if (isValid(kind, traits[kind])) out[kind] = own(kind, traits[kind] as string, i);
  return out;
}

function bodyOf(e: TEvent, i: number): Record<string, unknown> {
  const context = e.contextTraits ? { traits: personal(e.contextTraits, i) } : {};
  const base = { messageId: `m${i}`, userId: `person-${i}`, context };
  if (e.type === "identify") return { type: "identify", ...base, traits: personal(e.traits, i) };
  if (e.type === "track") return { type: "track", ...base, event: "Did" };
  if (e.type === "group") return { type: "group", ...base, groupId: "g1", traits: { name: "Acme" } };
  return { type: e.type, ...base, name: "Home" };
}

describe("invalid emails and phones in traits (property)", () => {
  it("never cost the event: it is stored with its valid traits, no invalid value becomes an identity or trait, and each is recorded once", async () => {
    const scenario = fc.record({ events: fc.array(event, { minLength: 1, maxLength: 8 }), chunks: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 8, maxLength: 8 }) });
    await fc.assert(
      fc.asyncProperty(scenario, async ({ events, chunks }) => {
        const ws = await createIngestWorkspace();
        // a repeat (1 in 5) re-sends the previous call with its messageId
        const bodies = events.map((e, i) => (e.repeat === 0 && i > 0 ? bodyOf(events[i - 1] as TEvent, i - 1) : bodyOf(e, i)));
        for (let start = 0, n = 0; start < bodies.length; n++) {
          const chunk = bodies.slice(start, start + (chunks[n] ?? 1));
          start += chunk.length;
          const response = chunk.length === 1 ? await sendIngest(chunk[0]?.type as "track", chunk[0], { key: ws.writeKey }) : await sendIngest("batch", { batch: chunk }, { key: ws.writeKey });
          expect(response.status, JSON.stringify(response.body)).toBe(200);
          expect(response.body.rejected ?? []).toEqual([]);
        }

        const identities = await db.identity.findMany({ where: { workspaceId: ws.workspaceId } });
        const drops = await db.droppedIdentifier.findMany({ where: { workspaceId: ws.workspaceId } });
        const sentIds = new Set(bodies.map((b) => b.messageId as string));
        expect(await db.event.count({ where: { workspaceId: ws.workspaceId } })).toBe(sentIds.size);
        for (const i of [...sentIds].map((id) => Number(id.slice(1)))) {
          const e = events[i] as TEvent;
          const sources = [e.type === "identify" ? e.traits : null, e.contextTraits ?? null].filter((s): s is NonNullable<typeof s> => s !== null);
          const profileId = identities.find((row) => row.kind === "userId" && row.value === `person-${i}`)?.profileId;
          expect(profileId).toBeDefined();
          expect(await db.event.findFirst({ where: { workspaceId: ws.workspaceId, messageId: `m${i}` } })).toMatchObject({ profileId });

          const expectedIds = new Set([`userId:person-${i}`]);
          const expectedDrops = new Set<string>();
          for (const source of sources) {
            for (const kind of ["email", "phone"] as const) {
              const value = source[kind];
              if (value === undefined) continue;
              if (isValid(kind, value)) expectedIds.add(`${kind}:${storedForm(kind, value as string, i)}`);
              else expectedDrops.add(`${kind}:${recorded(value)}`);
            }
          }
          expect(new Set(identities.filter((row) => row.profileId === profileId).map((row) => `${row.kind}:${row.value}`))).toEqual(expectedIds);
          const mine = drops.filter((d) => d.eventMessageId === `m${i}`);
          expect(mine.map((d) => `${d.kind}:${d.value}`).sort()).toEqual([...expectedDrops].sort());
          for (const d of mine) expect(d).toMatchObject({ profileId, reason: "invalid", ownerProfileId: null, detail: expect.stringMatching(new RegExp(`^${d.kind} .* (is not a valid|must be a string)`)) });

          const profile = await db.profile.findUniqueOrThrow({ where: { id: profileId } });
          const traits = profile.traits as Record<string, unknown>;
          if (e.type === "identify") {
            expect(traits.plan).toBe(e.traits.plan);
            for (const kind of ["email", "phone"] as const) {
              const value = e.traits[kind];
              expect(traits[kind]).toBe(value !== undefined && isValid(kind, value) ? storedForm(kind, value as string, i) : undefined);
            }
          } else expect(traits).toEqual({});
        }
        expect((await db.apiKey.findUniqueOrThrow({ where: { id: ws.apiKeyId } })).droppedIdentifierCount).toBe(drops.length);
      }),
      { numRuns: dbProvider() === "sqlite" ? 30 : 10 },
    );
  });
});
