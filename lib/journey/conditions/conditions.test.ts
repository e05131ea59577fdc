import { describe, expect, it } from "vitest";
import { describeDuration, durationToMs } from "../duration";
import { checkCondition } from "./check-condition";
import { describeCondition } from "./describe-condition";
import { ZCondition, type TCondition } from "./schema";
import { conditionNodeRefs, conditionSegmentRefs } from "./walk-condition";

const purchasedRecently: TCondition = { kind: "event", name: "Order Completed", op: "atLeast", count: 1, within: { amount: 7, unit: "days" } };

describe("durations", () => {
  it("converts every unit to milliseconds", () => {
    expect(durationToMs({ amount: 30, unit: "minutes" })).toBe(1_800_000);
    expect(durationToMs({ amount: 2, unit: "hours" })).toBe(7_200_000);
    expect(durationToMs({ amount: 1, unit: "days" })).toBe(86_400_000);
    expect(durationToMs({ amount: 1, unit: "weeks" })).toBe(7 * 86_400_000);
  });

  it("reads as a phrase with singular and plural units", () => {
    expect(describeDuration({ amount: 1, unit: "days" })).toBe("1 day");
    expect(describeDuration({ amount: 12, unit: "hours" })).toBe("12 hours");
  });
});

describe("condition schema", () => {
  it("accepts nested groups, negation and every leaf kind", () => {
    const tree: TCondition = {
      kind: "all",
      conditions: [
        { kind: "any", conditions: [purchasedRecently, { kind: "trait", path: "plan", op: "in", value: ["pro", "team"] }] },
        { kind: "not", condition: { kind: "segment", segmentId: "seg_vip", inSegment: true } },
        { kind: "engagement", nodeId: "email", engagement: "opened", negate: true },
        { kind: "consent", channel: "sms", status: "subscribed" },
        { kind: "trait", path: "signed_up_at", op: "withinLast", value: { amount: 7, unit: "days" } },
        { kind: "trait", path: "email", op: "exists" },
      ],
    };
    expect(ZCondition.safeParse(tree).success).toBe(true);
  });

  it("refuses a value of the wrong type for the operator, pointing at the value", () => {
    const result = ZCondition.safeParse({ kind: "all", conditions: [{ kind: "trait", path: "age", op: "gt", value: "old" }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["conditions", 0, "value"]);
  });

  it("refuses a value on operators that take none", () => {
    expect(ZCondition.safeParse({ kind: "trait", path: "email", op: "exists", value: "x" }).success).toBe(false);
  });

  it("needs a duration for withinLast", () => {
    expect(ZCondition.safeParse({ kind: "trait", path: "seen_at", op: "withinLast", value: 7 }).success).toBe(false);
    expect(ZCondition.safeParse({ kind: "trait", path: "seen_at", op: "withinLast", value: { amount: 7, unit: "days" } }).success).toBe(true);
  });

  it("refuses unknown kinds and non-positive durations", () => {
    expect(ZCondition.safeParse({ kind: "magic" }).success).toBe(false);
    expect(ZCondition.safeParse({ ...purchasedRecently, within: { amount: 0, unit: "days" } }).success).toBe(false);
  });
});

describe("describeCondition", () => {
  it("renders an event count with its window", () => {
    expect(describeCondition(purchasedRecently)).toBe('performed "Order Completed" at least 1 time in the last 7 days');
  });

  it("renders property filters, plural counts and groups", () => {
    const tree: TCondition = {
      kind: "any",
      conditions: [
        { kind: "event", name: "Page Viewed", op: "exactly", count: 3, where: [{ path: "path", op: "contains", value: "/pricing" }] },
        { kind: "all", conditions: [{ kind: "trait", path: "plan", op: "equals", value: "pro" }, { kind: "trait", path: "seats", op: "gte", value: 5 }] },
      ],
    };
    expect(describeCondition(tree)).toBe('performed "Page Viewed" exactly 3 times where path contains "/pricing" or (plan is "pro" and seats is at least 5)');
  });

  it("names messages and segments when lookups are given", () => {
    const opened: TCondition = { kind: "engagement", nodeId: "n1", engagement: "opened", negate: true };
    expect(describeCondition(opened, { nodeLabel: () => "Welcome email" })).toBe('did not open the message "Welcome email"');
    expect(describeCondition(opened)).toBe("did not open the message from step n1");
    expect(describeCondition({ kind: "segment", segmentId: "s1", inSegment: false }, { segmentName: () => "VIPs" })).toBe('is not in segment "VIPs"');
  });

  it("renders consent, negation, durations and empty groups", () => {
    expect(describeCondition({ kind: "consent", channel: "sms", status: "subscribed" })).toBe("is subscribed to SMS");
    expect(describeCondition({ kind: "consent", channel: "push", status: "neverAsked" })).toBe("was never asked for Push consent");
    expect(describeCondition({ kind: "not", condition: { kind: "trait", path: "email", op: "exists" } })).toBe("not email is set");
    expect(describeCondition({ kind: "trait", path: "last_seen", op: "withinLast", value: { amount: 2, unit: "weeks" } })).toBe("last_seen is within the last 2 weeks");
    expect(describeCondition({ kind: "all", conditions: [] })).toBe("always");
    expect(describeCondition({ kind: "any", conditions: [] })).toBe("never");
  });
});

describe("condition references", () => {
  const tree: TCondition = {
    kind: "all",
    conditions: [
      { kind: "engagement", nodeId: "email-1", engagement: "opened" },
      { kind: "not", condition: { kind: "engagement", nodeId: "sms-1", engagement: "clicked" } },
      { kind: "any", conditions: [{ kind: "engagement", nodeId: "email-1", engagement: "clicked" }, { kind: "segment", segmentId: "vip", inSegment: true }] },
    ],
  };

  it("lists engaged message nodes once, in order of first mention", () => {
    expect(conditionNodeRefs(tree)).toEqual(["email-1", "sms-1"]);
    expect(conditionNodeRefs(purchasedRecently)).toEqual([]);
  });

  it("lists referenced segments", () => {
    expect(conditionSegmentRefs(tree)).toEqual(["vip"]);
  });
});

describe("checkCondition", () => {
  it("flags blank names and empty lists as errors, empty groups as warnings", () => {
    const problems = checkCondition({
      kind: "all",
      conditions: [
        { kind: "trait", path: "", op: "exists" },
        { kind: "event", name: " ", op: "atLeast", count: 1 },
        { kind: "trait", path: "plan", op: "in", value: [] },
        { kind: "any", conditions: [] },
        { kind: "trait", path: "joined", op: "before", value: "someday" },
      ],
    });
    expect(problems.map((p) => p.severity)).toEqual(["error", "error", "error", "warning", "error"]);
    expect(problems[4]?.message).toMatch(/not a date/);
  });

  it("checks segments against the workspace when given", () => {
    const segment: TCondition = { kind: "segment", segmentId: "vip", inSegment: true };
    expect(checkCondition(segment)).toEqual([]);
    expect(checkCondition(segment, { segments: [{ id: "vip" }] })).toEqual([]);
    expect(checkCondition(segment, { segments: [{ id: "other" }] })[0]?.message).toMatch(/does not exist/);
  });

  it("finds nothing wrong with a complete condition", () => {
    expect(checkCondition(purchasedRecently)).toEqual([]);
  });
});
