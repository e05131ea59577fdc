import type { TCondition } from "@/lib/journey/conditions/schema";

/** Starting points offered on the empty list and the new-segment page. */
export const SEGMENT_EXAMPLES: readonly { key: string; name: string; description: string; definition: TCondition }[] = [
  {
    key: "recent-buyers",
    name: "Recent buyers",
    description: "Ordered at least once in the last 30 days.",
    definition: { kind: "event", name: "Order Completed", op: "atLeast", count: 1, within: { amount: 30, unit: "days" } },
  },
  {
    key: "pro-plan",
    name: "Pro plan",
    description: "Customers whose plan trait is pro or team.",
    definition: { kind: "trait", path: "plan", op: "in", value: ["pro", "team"] },
  },
  {
    key: "lapsed",
    name: "Lapsed buyers",
    description: "Ordered before, but not in the last 60 days.",
    definition: {
      kind: "all",
      conditions: [
        { kind: "event", name: "Order Completed", op: "atLeast", count: 1 },
        { kind: "event", name: "Order Completed", op: "exactly", count: 0, within: { amount: 60, unit: "days" } },
      ],
    },
  },
  {
    key: "email-subscribers",
    name: "Email subscribers",
    description: "Subscribed to email.",
    definition: { kind: "consent", channel: "email", status: "subscribed" },
  },
];

/** A blank definition: one rule to fill in. */
export const BLANK_DEFINITION: TCondition = { kind: "all", conditions: [{ kind: "trait", path: "", op: "equals", value: "" }] };
