import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { DomainError } from "../errors";
import { parseProfileSearch } from "./parse-profile-search";
import { searchProfiles } from "./search-profiles";
import { createIngestWorkspace, sendIngest } from "./testing/ingest-fixtures";

describe("parseProfileSearch", () => {
  it("reads an email, lower-cased and trimmed", () => {
    expect(parseProfileSearch("  Ada@Example.COM ", "US")).toEqual({ kind: "identifier", identityKind: "email", value: "ada@example.com" });
  });

  it("reads a phone in any format in the workspace's region", () => {
    expect(parseProfileSearch("07911 123456", "GB")).toEqual({ kind: "identifier", identityKind: "phone", value: "+447911123456" });
    expect(parseProfileSearch("(415) 555-2671", "US")).toEqual({ kind: "identifier", identityKind: "phone", value: "+14155552671" });
    expect(parseProfileSearch("+44 7911-123-456", "US")).toEqual({ kind: "identifier", identityKind: "phone", value: "+447911123456" });
  });

  it("reads plan:pro and plan=pro as a trait match, and text otherwise", () => {
    expect(parseProfileSearch("plan:pro", "US")).toEqual({ kind: "trait", key: "plan", value: "pro" });
    expect(parseProfileSearch("plan = Team ", "US")).toEqual({ kind: "trait", key: "plan", value: "Team" });
    expect(parseProfileSearch("email = ada@example.com", "US")).toEqual({ kind: "trait", key: "email", value: "ada@example.com" });
    expect(parseProfileSearch("u_00042", "US")).toEqual({ kind: "text", value: "u_00042" });
    expect(parseProfileSearch("10:30", "US")).toEqual({ kind: "text", value: "10:30" });
    expect(parseProfileSearch("   ", "US")).toBeNull();
  });

  it("names the parameter of a bad entry", () => {
    const bad = (text: string) => {
      try {
        parseProfileSearch(text, "US", "query.q");
      } catch (error) {
        return error instanceof DomainError ? `${error.path} ${error.message}` : String(error);
      }
      return "no error";
    };
    expect(bad("not@an@email")).toMatch(/^query\.q query\.q: is not a valid email address/);
    expect(bad("plan:")).toMatch(/^query\.q .*give a value after "plan:"/);
  });

  it("property: any casing and padding of an email reads as the same identifier", () => {
    fc.assert(
      fc.property(fc.emailAddress(), fc.array(fc.boolean(), { minLength: 1, maxLength: 80 }), fc.stringMatching(/^[ \t]{0,3}$/), fc.stringMatching(/^[ \t]{0,3}$/), (email, upper, before, after) => {
        const mixed = [...email].map((c, i) => (upper[i % upper.length] ? c.toUpperCase() : c.toLowerCase())).join("");
        const parsed = parseProfileSearch(`${before}${mixed}${after}`, "US");
        expect(parsed).toEqual({ kind: "identifier", identityKind: "email", value: email.toLowerCase() });
      }),
    );
  });
});

describe("searchProfiles", () => {
  let ws: Awaited<ReturnType<typeof createIngestWorkspace>>;
  const idOf = new Map<string, string>();

  beforeAll(async () => {
    ws = await createIngestWorkspace("GB");
    const people = [
      { userId: "ada", traits: { email: "Ada.Lovelace@Example.com", phone: "07911 123456", first_name: "Ada", last_name: "Lovelace", plan: "pro", vip: true, orders: 3 } },
      { userId: "bob", traits: { email: "bob@example.com", first_name: "Bob", plan: "free", vip: false, orders: 0 } },
      { userId: "cy", traits: { email: "cy@example.org", name: "Cy Twombly", plan: "Pro" } },
    ];
    for (const [i, person] of people.entries()) {
      await sendIngest("identify", { ...person, timestamp: `2026-03-0${i + 1}T10:00:00Z` }, { key: ws.writeKey });
    }
    // A profile in another workspace that matches every search: it must never show.
    const other = await createIngestWorkspace("GB");
    await sendIngest("identify", { userId: "ada", traits: { email: "ada.lovelace@example.com", plan: "pro", first_name: "Ada" } }, { key: other.writeKey });
    for (const person of people) {
      const found = await searchProfiles(ws.workspaceId, { userId: person.userId });
      idOf.set(person.userId, found.profiles[0]?.id ?? "");
    }
  });

  const ids = (page: { profiles: { id: string }[] }) => page.profiles.map((p) => p.id);

  it("property: an email in any case with spaces finds the same profile", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.boolean(), { minLength: 24, maxLength: 24 }), fc.constantFrom("", " ", "  ", "\t"), async (upper, pad) => {
        const mixed = [..."ada.lovelace@example.com"].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join("");
        const page = await searchProfiles(ws.workspaceId, { q: `${pad}${mixed}${pad}` });
        expect(ids(page)).toEqual([idOf.get("ada")]);
      }),
      { numRuns: 25 },
    );
  });

  it("finds by phone in another format, by user id, by name part and by email part", async () => {
    expect(ids(await searchProfiles(ws.workspaceId, { q: "+44 (0)7911 123 456".replace("(0)", "") }))).toEqual([idOf.get("ada")]);
    expect(ids(await searchProfiles(ws.workspaceId, { q: "bob" }))).toEqual([idOf.get("bob")]);
    expect(ids(await searchProfiles(ws.workspaceId, { q: "lovel" }))).toEqual([idOf.get("ada")]);
    expect(ids(await searchProfiles(ws.workspaceId, { q: "twomb" }))).toEqual([idOf.get("cy")]);
    expect(ids(await searchProfiles(ws.workspaceId, { q: "example.org" }))).toEqual([idOf.get("cy")]);
    expect(ids(await searchProfiles(ws.workspaceId, { q: "%" }))).toEqual([]);
  });

  it("matches traits ignoring case, booleans and numbers as written, most recently seen first", async () => {
    expect(ids(await searchProfiles(ws.workspaceId, { q: "plan:pro" }))).toEqual([idOf.get("cy"), idOf.get("ada")]);
    expect(ids(await searchProfiles(ws.workspaceId, { trait: "plan=free" }))).toEqual([idOf.get("bob")]);
    expect(ids(await searchProfiles(ws.workspaceId, { q: "vip:true" }))).toEqual([idOf.get("ada")]);
    expect(ids(await searchProfiles(ws.workspaceId, { q: "vip:false" }))).toEqual([idOf.get("bob")]);
    expect(ids(await searchProfiles(ws.workspaceId, { q: "orders:3" }))).toEqual([idOf.get("ada")]);
    expect(ids(await searchProfiles(ws.workspaceId, { q: "missing:x" }))).toEqual([]);
  });

  it("pages a trait search with a cursor, without repeats", async () => {
    const first = await searchProfiles(ws.workspaceId, { q: "plan:pro", limit: 1 });
    expect(ids(first)).toEqual([idOf.get("cy")]);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await searchProfiles(ws.workspaceId, { q: "plan:pro", limit: 1, cursor: first.nextCursor ?? "" });
    expect(ids(second)).toEqual([idOf.get("ada")]);
    expect(second.nextCursor).toBeNull();
  });

  it("lists everyone most recently seen first without a search", async () => {
    const all = await searchProfiles(ws.workspaceId, {});
    expect(ids(all)).toEqual([idOf.get("cy"), idOf.get("bob"), idOf.get("ada")]);
  });

  it("refuses a trait parameter that is not key:value", async () => {
    await expect(searchProfiles(ws.workspaceId, { trait: "plan" })).rejects.toMatchObject({ path: "query.trait" });
    await expect(searchProfiles(ws.workspaceId, { trait: "plan:" })).rejects.toMatchObject({ path: "query.trait" });
  });
});
