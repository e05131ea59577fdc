import { defineJourneyTemplate, exit, link, send, sendLinks, step } from "./template-kit";

/**
 * Abandoned cart: give the shopper an hour to finish on their own, then a reminder; a day later,
 * high-value carts get a discount and the rest a push. Any order ends the journey at once.
 */
export const abandonedCartTemplate = defineJourneyTemplate({
  id: "abandoned-cart",
  name: "Abandoned cart",
  description: "An hour after a product is added without checkout, a reminder; a day later, a discount for big carts or a push.",
  pattern: "abandoned-cart",
  settings: { goal: { event: "Order Completed", within: { amount: 3, unit: "days" }, exitOnGoal: true }, frequencyCapExempt: false },
  nodes: [
    step("trigger", "trigger", { source: { kind: "event", event: "Product Added" }, reentry: "afterExit" }),
    step("grace-hour", "waitForEvent", { event: "Order Completed", timeout: { amount: 1, unit: "hours" } }),
    exit("exit-bought", "Bought without a nudge"),
    send("reminder", "email", "cart-reminder"),
    step("wait-order", "waitForEvent", { event: "Order Completed", timeout: { amount: 1, unit: "days" } }),
    exit("exit-recovered", "Recovered"),
    step("high-value", "branch", {
      paths: [
        {
          id: "high-value",
          label: "Cart worth 100 or more",
          condition: {
            kind: "event",
            name: "Product Added",
            op: "atLeast",
            count: 1,
            within: { amount: 2, unit: "days" },
            where: [{ path: "price", op: "gte", value: 100 }],
          },
        },
      ],
    }),
    send("discount", "email", "cart-discount"),
    send("push", "push", "cart-push"),
    exit("exit-done", "Reminders sent"),
  ],
  edges: [
    link("trigger", "next", "grace-hour"),
    link("grace-hour", "event", "exit-bought"),
    link("grace-hour", "timeout", "reminder"),
    ...sendLinks("reminder", "wait-order", "push"),
    link("wait-order", "event", "exit-recovered"),
    link("wait-order", "timeout", "high-value"),
    link("high-value", "high-value", "discount"),
    link("high-value", "else", "push"),
    ...sendLinks("discount", "exit-done"),
    ...sendLinks("push", "exit-done"),
  ],
  messages: [
    {
      key: "cart-reminder",
      name: "Cart · Reminder",
      channel: "email",
      content: {
        subject: "Did you forget something?",
        preheader: "Your cart is saved.",
        html: "<p>Hi {{ profile.traits.first_name | default: 'there' }}, {{ event.properties.name | default: 'your item' }} is still in your cart.</p>",
        text: "Hi {{ profile.traits.first_name | default: 'there' }}, {{ event.properties.name | default: 'your item' }} is still in your cart.",
      },
    },
    {
      key: "cart-discount",
      name: "Cart · 10% off",
      channel: "email",
      content: {
        subject: "10% off to finish your order",
        preheader: "Code CART10, valid 48 hours.",
        html: "<p>Complete your order with code <strong>CART10</strong> in the next 48 hours.</p>",
        text: "Complete your order with code CART10 in the next 48 hours.",
      },
    },
    { key: "cart-push", name: "Cart · Reminder (push)", channel: "push", content: { title: "Your cart misses you", body: "Tap to pick up where you left off.", deepLink: "app://cart" } },
  ],
});
