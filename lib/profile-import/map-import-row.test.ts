import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mapImportRow, type TRowContext } from "./map-import-row";
import { planImportColumns, type TImportColumn } from "./plan-import-columns";
import { readConsentCell, readTraitValue } from "./read-cell-value";

const at = new Date("2026-11-29T10:00:00Z");
const row: TRowContext = { defaultRegion: "GB", messageId: "import:job:2", at, context: { import: { line: 2 } } };

function columns(header: string[]): TImportColumn[] {
  const plan = planImportColumns(header);
  if (!plan.ok) throw new Error(plan.message);
  return plan.columns;
}

function map(header: string[], cells: string[]) {
  return mapImportRow(cells, columns(header), row);
}

describe("import columns", () => {
  it("reads identifiers, consent, time zone, locale and traits in their usual spellings", () => {
    const plan = columns(["Email", "phone", "user_id", "anonymousId", "Device ID", "email_consent", "consent.sms", "in_app_consent", "timezone", "Locale", "address.city", "plan"]);
    expect(plan.map((c) => (c.kind === "identifier" ? c.identity : c.kind === "consent" ? `consent:${c.channel}` : c.kind === "trait" ? `trait:${c.path.join("/")}` : c.kind))).toEqual([
      "email", "phone", "userId", "anonymousId", "deviceId", "consent:email", "consent:sms", "consent:inApp", "timezone", "locale", "trait:address/city", "trait:plan",
    ]);
  });

  it("refuses a header without an identifier column", () => {
    expect(planImportColumns(["first_name", "plan"])).toEqual({ ok: false, message: expect.stringMatching(/^no identifier column/) });
  });

  it("refuses two columns that write the same thing, in any spelling", () => {
    expect(planImportColumns(["user_id", "userId"])).toEqual({ ok: false, message: 'columns "user_id" and "userId" both set identifier userId: keep one' });
    expect(planImportColumns(["email", "plan", "plan"])).toMatchObject({ ok: false, message: expect.stringContaining("both set trait plan") });
    expect(planImportColumns(["email", "email_consent", "consent.email"])).toMatchObject({ ok: false });
  });

  it("refuses unnamed columns, unknown consent channels and a trait that is both a value and an object", () => {
    expect(planImportColumns(["email", " "])).toMatchObject({ ok: false, message: "column 2 has no name: every column needs a header" });
    expect(planImportColumns(["email", "consent.fax"])).toMatchObject({ ok: false, message: expect.stringContaining("names no channel") });
    expect(planImportColumns(["email", "address", "address.city"])).toMatchObject({ ok: false, message: expect.stringContaining("clash") });
    expect(planImportColumns(["email", "a..b"])).toMatchObject({ ok: false, message: expect.stringContaining("empty part") });
  });
});

describe("import row mapping", () => {
  it("turns a row into an identify call with normalised identifiers, consent, place and nested typed traits", () => {
    const mapped = map(
      ["email", "phone", "user_id", "device_id", "email_consent", "sms_consent", "push_consent", "timezone", "locale", "first_name", "orders", "vip", "address.city", "address.zip"],
      [" Ada@Example.COM ", "07911 123456", "u1", "dev-9", "yes", "0", "", "Europe/London", "en_GB", "Ada", "12", "TRUE", "London", "01234"],
    );
    expect(mapped).toEqual({
      ok: true,
      event: expect.objectContaining({
        type: "identify",
        messageId: "import:job:2",
        timestamp: at,
        identifiers: [
          { kind: "email", value: "ada@example.com" },
          { kind: "phone", value: "+447911123456" },
          { kind: "userId", value: "u1" },
          { kind: "deviceId", value: "dev-9" },
        ],
        consent: { email: "subscribed", sms: "unsubscribed" },
        timezone: "Europe/London",
        locale: "en-GB",
        traits: { email: "ada@example.com", phone: "+447911123456", first_name: "Ada", orders: 12, vip: true, address: { city: "London", zip: "01234" } },
        context: expect.objectContaining({ device: { id: "dev-9" }, timezone: "Europe/London", import: { line: 2 } }),
      }),
    });
  });

  it("leaves traits and consent alone where cells are empty", () => {
    const mapped = map(["user_id", "plan", "email_consent"], ["u1", "", ""]);
    expect(mapped.ok && mapped.event.traits).toEqual({});
    expect(mapped.ok && mapped.event.consent).toEqual({});
  });

  it("names the column of the first problem in a row", () => {
    expect(map(["email", "plan"], ["not-an-email", "pro"])).toMatchObject({ ok: false, field: "email", message: expect.stringContaining("is not a valid email address") });
    expect(map(["user_id", "phone"], ["u1", "12"])).toMatchObject({ ok: false, field: "phone", message: expect.stringContaining("is not a valid phone number") });
    expect(map(["user_id", "sms_consent"], ["u1", "maybe"])).toMatchObject({ ok: false, field: "sms_consent", message: expect.stringMatching(/^is not a consent value/) });
    expect(map(["user_id", "timezone"], ["u1", "Mars/Base"])).toMatchObject({ ok: false, field: "timezone" });
    expect(map(["user_id", "plan"], ["u1", "a\u0000b"])).toMatchObject({ ok: false, field: "plan", message: "contains a NUL character" });
  });

  it("refuses a row without an identifier and a row with the wrong number of values", () => {
    expect(map(["email", "plan"], ["", "pro"])).toMatchObject({ ok: false, field: null, message: expect.stringMatching(/^has no identifier/) });
    expect(map(["email", "plan"], ["a@b.co", "pro", "extra"])).toEqual({ ok: false, field: null, message: "has 3 values but the header names 2 columns" });
  });

  it("keeps a __proto__ column as an ordinary trait", () => {
    const mapped = map(["user_id", "__proto__.polluted"], ["u1", "yes"]);
    expect(mapped.ok && Object.hasOwn(mapped.event.traits ?? {}, "__proto__")).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("cell values", () => {
  it("types numbers and booleans and keeps everything else as text", () => {
    expect([readTraitValue("42"), readTraitValue("-3.50"), readTraitValue("0"), readTraitValue("true"), readTraitValue("False")]).toEqual([42, -3.5, 0, true, false]);
    expect([readTraitValue("007"), readTraitValue("1e5"), readTraitValue("1,5"), readTraitValue("12345678901234567890"), readTraitValue("2026-01-01"), readTraitValue("yes")]).toEqual(["007", "1e5", "1,5", "12345678901234567890", "2026-01-01", "yes"]);
    expect(readTraitValue("")).toBeUndefined();
  });

  it("never loses information: a typed value prints back as the number the cell wrote", () => {
    fc.assert(
      fc.property(fc.string(), (cell) => {
        const value = readTraitValue(cell);
        if (typeof value === "number") expect(Number(cell)).toBe(value);
        else if (typeof value === "boolean") expect(cell.toLowerCase()).toBe(String(value));
        else if (cell !== "") expect(value).toBe(cell);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: -1e15 + 1, max: 1e15 - 1 }), (n) => {
        expect(readTraitValue(String(n))).toBe(n);
      }),
    );
  });

  it("reads consent in its spellings and refuses anything else", () => {
    for (const yes of ["subscribed", "Yes", "y", "TRUE", "1"]) expect(readConsentCell(yes)).toEqual({ ok: true, status: "subscribed" });
    for (const no of ["unsubscribed", "NO", "n", "false", "0"]) expect(readConsentCell(no)).toEqual({ ok: true, status: "unsubscribed" });
    expect(readConsentCell("")).toEqual({ ok: true, status: null });
    expect(readConsentCell("opted in")).toMatchObject({ ok: false });
  });
});
