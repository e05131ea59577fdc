import { describe, expect, it } from "vitest";
import type { TTriggerData } from "../journey/nodes/trigger/schema";
import { shouldEnroll, type TShouldEnrollOptions } from "./should-enroll";
import { at, event, makeContext } from "./testing/engine-fixtures";

const now = at("2024-06-10T12:00:00Z");
const cart = event("Cart Abandoned", now, { total: 120 });
const trigger: TTriggerData = { source: { kind: "event", event: "Cart Abandoned", where: { kind: "trait", path: "event.properties.total", op: "gt", value: 50 } }, reentry: "afterExit" };
const decide = (options: Partial<TShouldEnrollOptions>) => shouldEnroll({ trigger, settings: { frequencyCapExempt: false }, event: cart, existing: [], now, ...options });

describe("shouldEnroll", () => {
  it("enrols on the trigger's event when its filter matches", () => {
    expect(decide({})).toEqual({ enroll: true });
  });

  it("refuses other events, a failing filter, or no event at all", () => {
    expect(decide({ event: event("Page Viewed", now) })).toEqual({ enroll: false, code: "noMatch", reason: '"Page Viewed" does not trigger this journey (it starts on "Cart Abandoned")' });
    expect(decide({ event: event("Cart Abandoned", now, { total: 10 }) })).toEqual({ enroll: false, code: "noMatch", reason: '"Cart Abandoned" does not match the trigger filter (event.properties.total is greater than 50)' });
    expect(decide({ event: null }).enroll).toBe(false);
  });

  it("lets the trigger filter read the profile's traits", () => {
    const vipOnly: TTriggerData = { ...trigger, source: { kind: "event", event: "Cart Abandoned", where: { kind: "trait", path: "vip", op: "equals", value: true } } };
    expect(decide({ trigger: vipOnly, context: makeContext({ profile: { traits: { vip: true } } }) }).enroll).toBe(true);
    expect(decide({ trigger: vipOnly }).enroll).toBe(false);
  });

  it("needs no event for segment, schedule and API triggers", () => {
    expect(decide({ trigger: { source: { kind: "api" }, reentry: "never" }, event: null })).toEqual({ enroll: true });
  });

  it("never re-enters under 'never'", () => {
    const never = { ...trigger, reentry: "never" as const };
    expect(decide({ trigger: never, existing: [{ state: "completed", enteredAt: at("2023-01-01T00:00:00Z") }] })).toEqual({ enroll: false, code: "reentryBlocked", reason: "already entered once (re-entry: never)" });
  });

  it("re-enters after exit, but never holds two active enrollments under 'afterExit'", () => {
    expect(decide({ existing: [{ state: "exited", enteredAt: at("2024-06-01T00:00:00Z") }] })).toEqual({ enroll: true });
    for (const state of ["active", "waiting"] as const) {
      expect(decide({ existing: [{ state, enteredAt: at("2024-06-01T00:00:00Z") }] })).toEqual({ enroll: false, code: "reentryBlocked", reason: "already in this journey (re-entry only after exit)" });
    }
  });

  it("allows parallel runs under 'always'", () => {
    expect(decide({ trigger: { ...trigger, reentry: "always" }, existing: [{ state: "waiting", enteredAt: now }] })).toEqual({ enroll: true });
  });

  it("holds to the per-profile entry limit over its window", () => {
    const limited = { ...trigger, reentry: "always" as const, entryLimit: { max: 1, per: { amount: 1, unit: "days" as const } } };
    expect(decide({ trigger: limited, existing: [{ state: "completed", enteredAt: at("2024-06-10T01:00:00Z") }] })).toEqual({ enroll: false, code: "entryLimit", reason: "entry limit reached: 1 entry per 1 day" });
    expect(decide({ trigger: limited, existing: [{ state: "completed", enteredAt: at("2024-06-09T01:00:00Z") }] })).toEqual({ enroll: true });
    const lifetime = { ...trigger, reentry: "always" as const, entryLimit: { max: 2 } };
    expect(decide({ trigger: lifetime, existing: [{ state: "exited", enteredAt: at("2020-01-01T00:00:00Z") }, { state: "exited", enteredAt: at("2021-01-01T00:00:00Z") }] }).enroll).toBe(false);
  });

  it("holds to the journey-wide throttle when given the count", () => {
    const settings = { frequencyCapExempt: false, entryLimit: { max: 100, per: { amount: 1, unit: "hours" as const } } };
    expect(decide({ settings, journeyEntries: 100 })).toEqual({ enroll: false, code: "journeyEntryLimit", reason: "journey entry limit reached: 100 entries per 1 hour for all profiles" });
    expect(decide({ settings, journeyEntries: 99 })).toEqual({ enroll: true });
  });
});
