import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { TIncomingEvent } from "./incoming-event";
import { applyEventsToProfile, applyEventToProfile, emptyProfileState, type TProfileState } from "./profile-state";

const time = fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2027, 0, 1) }).map((ms) => new Date(ms));
const traitValue = fc.oneof(fc.constant(null), fc.integer(), fc.string({ maxLength: 3 }), fc.record({ city: fc.string({ maxLength: 3 }) }));
const event = fc.record({
  timestamp: time,
  traits: fc.option(fc.dictionary(fc.constantFrom("plan", "name", "address", "__proto__"), traitValue, { maxKeys: 3 }), { nil: null }),
  timezone: fc.option(fc.constantFrom("Europe/Paris", "Asia/Tokyo"), { nil: null }),
  locale: fc.option(fc.constantFrom("en-GB", "fr-FR"), { nil: null }),
}).map((e): TIncomingEvent => ({ type: e.traits ? "identify" : "track", messageId: "m", name: "", properties: {}, context: {}, receivedAt: e.timestamp, identifiers: [], previousId: null, consent: {}, ...e }));
const stored: fc.Arbitrary<TProfileState> = fc.record({ at: time, untimed: fc.boolean(), timezone: fc.option(fc.constant("America/New_York"), { nil: null }) }).map(({ at, untimed, timezone }) => {
  const times: Record<string, string> = untimed ? {} : { plan: at.toISOString() };
  return { ...emptyProfileState(at), traits: { plan: "free" }, traitTimestamps: times, untimedAt: untimed ? at : undefined, timezone };
});

describe("folding a profile's events", () => {
  it("gives what applying them one by one gives, and leaves the stored state alone", () => {
    fc.assert(
      fc.property(stored, fc.array(event, { maxLength: 8 }), (state, events) => {
        const before = structuredClone(state);
        expect(applyEventsToProfile(state, events)).toEqual(events.reduce(applyEventToProfile, state));
        expect(state).toEqual(before);
      }),
    );
  });
});
