import type { TCondition } from "../../lib/journey/conditions";

export interface TDemoSegment {
  name: string;
  description: string;
  definition: TCondition;
}

const ORDERED = "Order Completed";

/** Saved audiences a marketer at the demo shop would reach for first. */
export const DEMO_SEGMENTS: readonly TDemoSegment[] = [
  {
    name: "Recent purchasers (7 days)",
    description: "Ordered at least once in the last week.",
    definition: { kind: "event", name: ORDERED, op: "atLeast", count: 1, within: { amount: 7, unit: "days" } },
  },
  {
    name: "Lapsed buyers (60+ days)",
    description: "Have ordered before, but not in the last 60 days.",
    definition: {
      kind: "all",
      conditions: [
        { kind: "event", name: ORDERED, op: "atLeast", count: 1 },
        { kind: "event", name: ORDERED, op: "exactly", count: 0, within: { amount: 60, unit: "days" } },
      ],
    },
  },
  {
    name: "High-value customers",
    description: "Lifetime spend of £250 or more.",
    definition: { kind: "trait", path: "lifetime_value", op: "gte", value: 250 },
  },
  {
    name: "Reachable by SMS",
    description: "Opted in to SMS and have a phone number.",
    definition: {
      kind: "all",
      conditions: [
        { kind: "consent", channel: "sms", status: "subscribed" },
        { kind: "trait", path: "phone", op: "exists" },
      ],
    },
  },
];
