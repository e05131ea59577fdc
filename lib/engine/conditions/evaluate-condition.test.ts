import { describe, expect, it } from "vitest";
import type { TCondition } from "../../journey/conditions/schema";
import type { TContextEvent } from "../types";
import type { TConditionContext } from "./condition-context";
import { evaluateCondition } from "./evaluate-condition";
import { explainCondition } from "./explain-condition";

const now = new Date("2024-06-10T12:00:00Z");
const event = (name: string, timestamp: Date | string, properties: Record<string, unknown> = {}): TContextEvent => ({ name, properties, timestamp: new Date(timestamp) });
const ctx = (overrides: Partial<TConditionContext> = {}): TConditionContext => ({
  traits: { plan: "pro", seats: 12, age: "42", vip: true, tags: ["beta", "eu"], signed_up_at: "2024-06-05T09:00:00Z", address: { city: "Lyon" }, "company.name": "Acme" },
  events: [
    event("Order Completed", "2024-06-10T10:00:00Z", { total: 80, currency: "EUR" }),
    event("Order Completed", "2024-05-01T10:00:00Z", { total: 20, currency: "EUR" }),
    event("Page Viewed", "2024-06-09T10:00:00Z", { path: "/pricing" }),
    event("Page Viewed", "2024-06-11T10:00:00Z", { path: "/future" }),
  ],
  engagement: { email: { delivered: new Date("2024-06-09T10:00:00Z"), opened: new Date("2024-06-09T11:00:00Z"), clicked: new Date("2024-06-11T00:00:00Z") } },
  consent: { email: "subscribed", sms: "unsubscribed" },
  segments: ["vip"],
  ...overrides,
});
const check = (condition: TCondition, context: TConditionContext = ctx()) => evaluateCondition(condition, context, now);
const trait = (path: string, op: Extract<TCondition, { kind: "trait" }>["op"], value?: Extract<TCondition, { kind: "trait" }>["value"]): TCondition =>
  value === undefined ? { kind: "trait", path, op } : { kind: "trait", path, op, value };

describe("evaluateCondition: traits", () => {
  it("compares equality, treating a number and its numeric string alike", () => {
    expect(check(trait("plan", "equals", "pro"))).toBe(true);
    expect(check(trait("plan", "equals", "Pro"))).toBe(false);
    expect(check(trait("age", "equals", 42))).toBe(true);
    expect(check(trait("vip", "equals", "true"))).toBe(true);
    expect(check(trait("plan", "notEquals", "free"))).toBe(true);
    expect(check(trait("missing", "notEquals", "free"))).toBe(true);
  });

  it("compares numbers, refusing values that are not numbers", () => {
    expect(check(trait("seats", "gt", 10))).toBe(true);
    expect(check(trait("seats", "gte", 12))).toBe(true);
    expect(check(trait("seats", "lt", 12))).toBe(false);
    expect(check(trait("age", "lte", 42))).toBe(true);
    expect(check(trait("plan", "gt", 1))).toBe(false);
    expect(check(trait("missing", "lt", 1))).toBe(false);
  });

  it("matches contains and in on texts and on list traits", () => {
    expect(check(trait("plan", "contains", "ro"))).toBe(true);
    expect(check(trait("tags", "contains", "beta"))).toBe(true);
    expect(check(trait("plan", "in", ["team", "pro"]))).toBe(true);
    expect(check(trait("tags", "in", ["eu"]))).toBe(true);
    expect(check(trait("plan", "in", []))).toBe(false);
  });

  it("tells set from unset", () => {
    expect(check(trait("plan", "exists"))).toBe(true);
    expect(check(trait("missing", "exists"))).toBe(false);
    expect(check(trait("missing", "notExists"))).toBe(true);
  });

  it("compares dates: before, after and within the last duration", () => {
    expect(check(trait("signed_up_at", "after", "2024-06-01"))).toBe(true);
    expect(check(trait("signed_up_at", "before", "2024-06-01"))).toBe(false);
    expect(check(trait("signed_up_at", "withinLast", { amount: 7, unit: "days" }))).toBe(true);
    expect(check(trait("signed_up_at", "withinLast", { amount: 2, unit: "days" }))).toBe(false);
    expect(check(trait("plan", "before", "2024-06-01"))).toBe(false);
  });

  it("reads nested traits and flat keys with dots", () => {
    expect(check(trait("address.city", "equals", "Lyon"))).toBe(true);
    expect(check(trait("company.name", "equals", "Acme"))).toBe(true);
    expect(check(trait("constructor", "exists"))).toBe(false);
  });

  it("reads the event being matched through event.* paths", () => {
    const withEvent = ctx({ event: event("Cart Abandoned", now, { total: 120, items: 3 }) });
    expect(check(trait("event.properties.total", "gt", 100), withEvent)).toBe(true);
    expect(check(trait("event.items", "equals", 3), withEvent)).toBe(true);
    expect(check(trait("event.name", "equals", "Cart Abandoned"), withEvent)).toBe(true);
    expect(check(trait("event.properties.total", "exists"))).toBe(false);
  });
});

describe("evaluateCondition: events", () => {
  it("counts events in a window, ignoring events later than now", () => {
    expect(check({ kind: "event", name: "Order Completed", op: "atLeast", count: 1, within: { amount: 7, unit: "days" } })).toBe(true);
    expect(check({ kind: "event", name: "Order Completed", op: "exactly", count: 2 })).toBe(true);
    expect(check({ kind: "event", name: "Order Completed", op: "atLeast", count: 1, within: { amount: 1, unit: "hours" } })).toBe(false);
    expect(check({ kind: "event", name: "Page Viewed", op: "exactly", count: 1 })).toBe(true);
    expect(check({ kind: "event", name: "Signed Up", op: "atMost", count: 0 })).toBe(true);
  });

  it("filters on event properties", () => {
    const big: TCondition = { kind: "event", name: "Order Completed", op: "atLeast", count: 1, where: [{ path: "total", op: "gt", value: 50 }] };
    expect(check(big)).toBe(true);
    expect(check({ ...big, where: [{ path: "properties.total", op: "gt", value: 100 }] })).toBe(false);
  });
});

describe("evaluateCondition: engagement, consent, segments, groups", () => {
  it("reads engagement with an earlier message, but not engagement later than now", () => {
    expect(check({ kind: "engagement", nodeId: "email", engagement: "opened" })).toBe(true);
    expect(check({ kind: "engagement", nodeId: "email", engagement: "clicked" })).toBe(false);
    expect(check({ kind: "engagement", nodeId: "email", engagement: "clicked", negate: true })).toBe(true);
    expect(check({ kind: "engagement", nodeId: "sms", engagement: "delivered" })).toBe(false);
  });

  it("reads consent, with never-asked for channels not on file", () => {
    expect(check({ kind: "consent", channel: "email", status: "subscribed" })).toBe(true);
    expect(check({ kind: "consent", channel: "sms", status: "unsubscribed" })).toBe(true);
    expect(check({ kind: "consent", channel: "push", status: "neverAsked" })).toBe(true);
  });

  it("reads segment membership", () => {
    expect(check({ kind: "segment", segmentId: "vip", inSegment: true })).toBe(true);
    expect(check({ kind: "segment", segmentId: "churned", inSegment: false })).toBe(true);
  });

  it("combines with all, any and not; an empty all matches, an empty any does not", () => {
    const yes = trait("plan", "equals", "pro");
    const no = trait("plan", "equals", "free");
    expect(check({ kind: "all", conditions: [yes, no] })).toBe(false);
    expect(check({ kind: "any", conditions: [no, yes] })).toBe(true);
    expect(check({ kind: "not", condition: no })).toBe(true);
    expect(check({ kind: "all", conditions: [] })).toBe(true);
    expect(check({ kind: "any", conditions: [] })).toBe(false);
  });

  it("refuses to match a tree nested beyond the depth bound instead of overflowing", () => {
    let deep: TCondition = { kind: "all", conditions: [] };
    for (let i = 0; i < 200; i++) deep = { kind: "not", condition: { kind: "not", condition: deep } };
    expect(check(deep)).toBe(false);
  });
});

describe("explainCondition", () => {
  it("says when the matching event happened", () => {
    const recent: TCondition = { kind: "event", name: "Order Completed", op: "atLeast", count: 1, within: { amount: 7, unit: "days" } };
    expect(explainCondition(recent, ctx(), now)).toBe('performed "Order Completed" 2 h ago');
    expect(explainCondition({ kind: "any", conditions: [trait("plan", "equals", "free"), recent] }, ctx(), now)).toBe('performed "Order Completed" 2 h ago');
  });

  it("falls back to the condition's sentence", () => {
    expect(explainCondition(trait("plan", "in", ["pro", "team"]), ctx(), now)).toBe('plan is one of "pro", "team"');
  });
});
