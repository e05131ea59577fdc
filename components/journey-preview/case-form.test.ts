import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DURATION_UNITS } from "@/lib/journey/duration";
import { ZPreviewInput, type TPreviewInput } from "@/lib/preview/preview-schemas";
import { fieldText, formFromCaseInput, offsetOfMs } from "./case-form";
import { buildPreviewRequest, caseInputOf, parseFieldValue } from "./preview-form";

const name = fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,11}$/).map((s) => s.trim() || "x");
const scalar = fc.oneof(fc.string({ maxLength: 12 }), fc.integer({ min: -1000, max: 1000 }), fc.boolean());
const offset = fc.record({ amount: fc.integer({ min: 0, max: 500 }), unit: fc.constantFrom(...DURATION_UNITS) });
const eventOffset = fc.record({ amount: fc.integer({ min: -500, max: 500 }), unit: fc.constantFrom(...DURATION_UNITS) });
const choice = fc.option(fc.oneof(offset, fc.constant("never" as const)), { nil: undefined });
const profile = fc.record(
  {
    traits: fc.dictionary(name, scalar, { minKeys: 1, maxKeys: 3 }),
    timezone: fc.constantFrom("UTC", "America/New_York", "Europe/Paris"),
    consent: fc.record({ email: fc.constantFrom("subscribed" as const, "unsubscribed" as const) }, { requiredKeys: [] }),
    identities: fc.array(fc.record({ kind: fc.constantFrom("email" as const, "deviceId" as const), value: name }), { minLength: 1, maxLength: 2 }),
  },
  { requiredKeys: [] },
);
const event = fc.oneof(
  fc.record({ type: fc.constant("track" as const), event: name, after: eventOffset, properties: fc.option(fc.dictionary(name, scalar, { minKeys: 1, maxKeys: 2 }), { nil: undefined }) }),
  fc.record({ type: fc.constant("identify" as const), after: eventOffset, traits: fc.option(fc.dictionary(name, scalar, { minKeys: 1, maxKeys: 2 }), { nil: undefined }) }),
);
const input = fc.record(
  {
    profileId: fc.constant("p_1"),
    profile,
    start: fc.constant("2026-03-02T14:00:00.000Z"),
    duration: fc.record({ amount: fc.integer({ min: 1, max: 400 }), unit: fc.constant("days" as const) }),
    events: fc.array(event, { minLength: 1, maxLength: 4 }),
    assume: fc.dictionary(fc.constantFrom("email", "sms"), fc.record({ delivered: choice, opened: choice, clicked: choice }), { maxKeys: 2 }),
  },
  { requiredKeys: ["duration"] },
);

/** Drops the keys JSON would drop (undefined values, empty assumptions), as a stored case has them. */
const normalised = (value: TPreviewInput) => {
  const json = JSON.parse(JSON.stringify(value)) as TPreviewInput;
  if (json.assume) for (const [k, v] of Object.entries(json.assume)) if (Object.keys(v).length === 0) delete json.assume[k];
  if (json.assume && Object.keys(json.assume).length === 0) delete json.assume;
  if (json.profile && Object.keys(json.profile).length === 0 && !json.profileId) return json;
  if (json.profile && Object.keys(json.profile).length === 0) delete json.profile;
  for (const e of json.events ?? []) {
    if (e.properties && Object.keys(e.properties).length === 0) delete e.properties;
    if (e.traits && Object.keys(e.traits).length === 0) delete e.traits;
  }
  if (json.profile?.consent && Object.keys(json.profile.consent).length === 0) delete json.profile.consent;
  return json;
};

describe("formFromCaseInput", () => {
  it("round-trips: a saved case opened in the preview asks the same preview again", () => {
    fc.assert(
      fc.property(input, fc.boolean(), (raw, hypothetical) => {
        const { profileId, ...rest } = raw;
        const saved = normalised(ZPreviewInput.parse(hypothetical ? rest : { profileId, ...rest }));
        const form = formFromCaseInput(saved);
        const messages = new Set(Object.keys(saved.assume ?? {}));
        const built = buildPreviewRequest(form, messages);
        expect(built.ok).toBe(true);
        if (!built.ok) return;
        const again = normalised(caseInputOf(built.request));
        // A case without a customer at all opens as an empty hypothetical one.
        expect(again).toEqual(!saved.profileId && !saved.profile ? { ...saved, profile: {} } : saved);
      }),
      { numRuns: 200 },
    );
  });

  it("turns absolute event times into offsets from the start", () => {
    const form = formFromCaseInput({ start: "2026-03-02T14:00:00.000Z", events: [{ type: "track", event: "Order Completed", at: "2026-03-04T14:00:00.000Z" }] });
    expect(form.events[0]?.after).toEqual({ amount: 2, unit: "days" });
    const before = formFromCaseInput({ start: "2026-03-02T14:00:00.000Z", events: [{ type: "track", event: "Order Completed", at: "2026-03-02T12:00:00.000Z" }] });
    expect(before.events[0]?.after).toEqual({ amount: -2, unit: "hours" });
    expect(form.who).toBe("hypothetical");
  });
});

describe("fieldText", () => {
  it("quotes text that would read back as a number or boolean, so it stays text", () => {
    for (const value of ["02134", "true", "80", "Jane", 80, false]) expect(parseFieldValue(fieldText(value))).toEqual(value);
  });
});

describe("offsetOfMs", () => {
  it("uses the largest whole unit", () => {
    expect(offsetOfMs(2 * 86_400_000)).toEqual({ amount: 2, unit: "days" });
    expect(offsetOfMs(90 * 60_000)).toEqual({ amount: 90, unit: "minutes" });
    expect(offsetOfMs(0)).toEqual({ amount: 0, unit: "minutes" });
    expect(offsetOfMs(-3 * 3_600_000)).toEqual({ amount: -3, unit: "hours" });
  });
});
