import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mergeTraitStates, updateTraits, type TTraitState } from "./update-traits";

const at = (iso: string) => new Date(iso);
const empty: TTraitState = { traits: {}, traitTimestamps: {} };

describe("updateTraits", () => {
  it("sets new traits and remembers when", () => {
    const next = updateTraits(empty, { plan: "pro", name: "Ada" }, at("2026-01-01T00:00:00Z"));
    expect(next.traits).toEqual({ plan: "pro", name: "Ada" });
    expect(next.traitTimestamps.plan).toBe("2026-01-01T00:00:00.000Z");
    expect(next.changed).toBe(true);
  });

  it("keeps a newer value when an older event arrives late", () => {
    const newer = updateTraits(empty, { plan: "team" }, at("2026-02-01T00:00:00Z"));
    const late = updateTraits(newer, { plan: "free", city: "Lyon" }, at("2026-01-01T00:00:00Z"));
    expect(late.traits).toEqual({ plan: "team", city: "Lyon" });
  });

  it("removes a trait set to null and does not let an older event bring it back", () => {
    const set = updateTraits(empty, { coupon: "X1" }, at("2026-01-01T00:00:00Z"));
    const removed = updateTraits(set, { coupon: null }, at("2026-01-02T00:00:00Z"));
    expect(removed.traits).toEqual({});
    const stale = updateTraits(removed, { coupon: "X1" }, at("2026-01-01T12:00:00Z"));
    expect(stale.traits).toEqual({});
  });

  it("treats traits without their own time as set at untimedAt", () => {
    const seeded: TTraitState = { traits: { plan: "pro" }, traitTimestamps: {}, untimedAt: at("2026-03-01T00:00:00Z") };
    expect(updateTraits(seeded, { plan: "free" }, at("2026-02-01T00:00:00Z")).traits.plan).toBe("pro");
    expect(updateTraits(seeded, { plan: "free" }, at("2026-04-01T00:00:00Z")).traits.plan).toBe("free");
  });

  it("stores a trait named __proto__ as an ordinary trait", () => {
    const next = updateTraits(empty, JSON.parse('{"__proto__": {"polluted": true}}'), at("2026-01-01T00:00:00Z"));
    expect(Object.keys(next.traits)).toEqual(["__proto__"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("reports no change when the same observation is applied again", () => {
    const once = updateTraits(empty, { plan: "pro" }, at("2026-01-01T00:00:00Z"));
    expect(updateTraits(once, { plan: "pro" }, at("2026-01-01T00:00:00Z")).changed).toBe(false);
  });

  it("ends with the newest value per trait whatever order the observations arrive in", () => {
    const observation = fc.record({ key: fc.constantFrom("a", "b", "c"), value: fc.oneof(fc.integer(), fc.constant(null)), ms: fc.integer({ min: 0, max: 1000 }) });
    fc.assert(
      fc.property(fc.uniqueArray(observation, { selector: (o) => o.ms }), (observations) => {
        const shuffled = [...observations].reverse();
        const apply = (list: typeof observations) => list.reduce<TTraitState>((state, o) => updateTraits(state, { [o.key]: o.value }, new Date(o.ms)), empty);
        expect(apply(shuffled).traits).toEqual(apply([...observations].sort((x, y) => x.ms - y.ms)).traits);
      }),
    );
  });
});

describe("mergeTraitStates", () => {
  it("keeps, per trait, the value set most recently on either side", () => {
    const survivor = updateTraits(updateTraits(empty, { plan: "pro" }, at("2026-01-05T00:00:00Z")), { city: "Paris" }, at("2026-01-01T00:00:00Z"));
    const merged = updateTraits(empty, { plan: "free", city: "Lyon", age: 40 }, at("2026-01-03T00:00:00Z"));
    expect(mergeTraitStates(survivor, merged).traits).toEqual({ plan: "pro", city: "Lyon", age: 40 });
  });

  it("carries a newer removal across", () => {
    const survivor = updateTraits(empty, { coupon: "X" }, at("2026-01-01T00:00:00Z"));
    const merged = updateTraits(updateTraits(empty, { coupon: "X" }, at("2026-01-01T00:00:00Z")), { coupon: null }, at("2026-01-02T00:00:00Z"));
    expect(mergeTraitStates(survivor, merged).traits).toEqual({});
  });

  it("prefers the survivor on a tie", () => {
    const a = updateTraits(empty, { plan: "pro" }, at("2026-01-01T00:00:00Z"));
    const b = updateTraits(empty, { plan: "free" }, at("2026-01-01T00:00:00Z"));
    expect(mergeTraitStates(a, b).traits.plan).toBe("pro");
  });
});
