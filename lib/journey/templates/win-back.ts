import { defineJourneyTemplate, exit, link, send, sendLinks, step } from "./template-kit";

/**
 * Win-back: customers who stopped buying get a "we miss you"; if no order follows within three
 * days, an offer whose kind is A/B tested, with a holdout to measure the lift honestly.
 */
export const winBackTemplate = defineJourneyTemplate({
  id: "win-back",
  name: "Win back lapsed customers",
  description: "Lapsed customers get a we-miss-you email, then an A/B-tested offer if they still have not ordered after three days.",
  pattern: "win-back",
  settings: { goal: { event: "Order Completed", within: { amount: 7, unit: "days" }, exitOnGoal: true }, frequencyCapExempt: false },
  segments: [
    {
      key: "lapsed-customers",
      name: "Lapsed customers",
      description: "Ordered before, but not in the last 90 days.",
      definition: {
        kind: "all",
        conditions: [
          { kind: "event", name: "Order Completed", op: "atLeast", count: 1 },
          { kind: "event", name: "Order Completed", op: "exactly", count: 0, within: { amount: 90, unit: "days" } },
        ],
      },
    },
  ],
  nodes: [
    step("trigger", "trigger", { source: { kind: "segmentEntry", segmentId: "$lapsed-customers" }, reentry: "afterExit", entryLimit: { max: 1, per: { amount: 90, unit: "days" } } }),
    send("miss-you", "email", "winback-miss-you"),
    exit("exit-unreachable", "Not reachable by email"),
    step("wait-order", "waitForEvent", { event: "Order Completed", timeout: { amount: 3, unit: "days" } }),
    exit("exit-won", "Won back"),
    step("offer-test", "split", {
      variants: [
        { id: "discount", label: "15% off", percent: 45 },
        { id: "shipping", label: "Free shipping", percent: 45 },
      ],
      holdoutPercent: 10,
    }),
    send("offer-discount", "email", "winback-discount"),
    send("offer-shipping", "email", "winback-shipping"),
    exit("exit-offered", "Offer sent"),
  ],
  edges: [
    link("trigger", "next", "miss-you"),
    ...sendLinks("miss-you", "wait-order", "exit-unreachable"),
    link("wait-order", "event", "exit-won"),
    link("wait-order", "timeout", "offer-test"),
    link("offer-test", "discount", "offer-discount"),
    link("offer-test", "shipping", "offer-shipping"),
    ...sendLinks("offer-discount", "exit-offered"),
    ...sendLinks("offer-shipping", "exit-offered"),
  ],
  messages: [
    {
      key: "winback-miss-you",
      name: "Win-back · We miss you",
      channel: "email",
      content: {
        subject: "It's been a while, {{ profile.traits.first_name | default: 'friend' }}",
        preheader: "Here is what is new since your last visit.",
        html: "<p>We have added a lot since your last order. Come and have a look.</p>",
        text: "We have added a lot since your last order. Come and have a look.",
      },
    },
    {
      key: "winback-discount",
      name: "Win-back · 15% off",
      channel: "email",
      content: {
        subject: "15% off, just for you",
        preheader: "Use code COMEBACK15 this week.",
        html: "<p>Use code <strong>COMEBACK15</strong> at checkout, valid for 7 days.</p>",
        text: "Use code COMEBACK15 at checkout, valid for 7 days.",
      },
    },
    {
      key: "winback-shipping",
      name: "Win-back · Free shipping",
      channel: "email",
      content: {
        subject: "Free shipping on your next order",
        preheader: "No minimum, this week only.",
        html: "<p>Your next order ships free, no minimum. Valid for 7 days.</p>",
        text: "Your next order ships free, no minimum. Valid for 7 days.",
      },
    },
  ],
});
