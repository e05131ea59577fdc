import { defineJourneyTemplate, exit, link, pause, send, sendLinks, step } from "./template-kit";

/**
 * Cascade: the primary message on the preferred channel; if it is not engaged with, the next
 * channel after a pause, then the next (email, SMS 24 h later, push 12 h after that). A channel
 * the profile cannot be reached on is skipped straight to the next one. Buyers are suppressed
 * before every follow-up, so each skipped message says why on the profile ("suppressed:
 * performed "Order Completed" 2 h ago"); the goal counts the conversion without ending the run
 * early, which would leave no trace of the message that was held back.
 */
const BOUGHT_RECENTLY = { kind: "event", name: "Order Completed", op: "atLeast", count: 1, within: { amount: 3, unit: "days" } } as const;

export const cascadeTemplate = defineJourneyTemplate({
  id: "cascade",
  name: "Cart recovery cascade",
  description: "Email first; no open after 24 hours, an SMS; 12 hours later, a push. Anyone who buys is suppressed before the next message.",
  pattern: "cascade",
  settings: { goal: { event: "Order Completed", within: { amount: 3, unit: "days" }, exitOnGoal: false }, frequencyCapExempt: false },
  nodes: [
    step("trigger", "trigger", { source: { kind: "event", event: "Cart Abandoned" }, reentry: "afterExit", entryLimit: { max: 1, per: { amount: 1, unit: "days" } } }),
    step("skip-recent-buyers", "suppress", {
      condition: { kind: "event", name: "Order Completed", op: "atLeast", count: 1, within: { amount: 2, unit: "hours" } },
      onSuppress: "exit",
    }),
    send("email", "email", "cascade-email"),
    pause("wait-24h", 24, "hours"),
    step("opened-email", "branch", {
      paths: [{ id: "opened", label: "Opened the email", condition: { kind: "engagement", nodeId: "email", engagement: "opened" } }],
    }),
    exit("exit-engaged", "Engaged by email"),
    step("skip-buyers-sms", "suppress", { condition: BOUGHT_RECENTLY, onSuppress: "exit" }),
    send("sms", "sms", "cascade-sms"),
    pause("wait-12h", 12, "hours"),
    step("skip-buyers-push", "suppress", { condition: BOUGHT_RECENTLY, onSuppress: "exit" }),
    send("push", "push", "cascade-push"),
    exit("exit-done", "Cascade finished"),
  ],
  edges: [
    link("trigger", "next", "skip-recent-buyers"),
    link("skip-recent-buyers", "next", "email"),
    ...sendLinks("email", "wait-24h", "sms"),
    link("wait-24h", "next", "opened-email"),
    link("opened-email", "opened", "exit-engaged"),
    link("opened-email", "else", "skip-buyers-sms"),
    link("skip-buyers-sms", "next", "sms"),
    ...sendLinks("sms", "wait-12h", "skip-buyers-push"),
    link("wait-12h", "next", "skip-buyers-push"),
    link("skip-buyers-push", "next", "push"),
    ...sendLinks("push", "exit-done"),
  ],
  messages: [
    {
      key: "cascade-email",
      name: "Cascade · Your cart is waiting (email)",
      channel: "email",
      content: {
        subject: "{{ profile.traits.first_name | default: 'Hey' }}, your cart is waiting",
        preheader: "Everything you picked is still in stock, for now.",
        html: "<p>Hi {{ profile.traits.first_name | default: 'there' }},</p><p>You left {{ event.properties.item_count | default: 'a few' }} items in your cart.</p><p><a href=\"{{ event.properties.cart_url }}\">Complete your order</a></p>",
        text: "Hi {{ profile.traits.first_name | default: 'there' }}, you left items in your cart: {{ event.properties.cart_url }}",
      },
    },
    {
      key: "cascade-sms",
      name: "Cascade · Cart reminder (SMS)",
      channel: "sms",
      content: { body: "{{ profile.traits.first_name | default: 'Hi' }}, your cart is still saved: {{ event.properties.cart_url }} Reply STOP to opt out." },
    },
    {
      key: "cascade-push",
      name: "Cascade · Last call (push)",
      channel: "push",
      content: { title: "Still thinking it over?", body: "Your cart expires soon. Tap to check out.", deepLink: "app://cart" },
    },
  ],
});
