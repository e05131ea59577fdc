import { defineJourneyTemplate, exit, link, pause, send, sendLinks, step } from "./template-kit";

/**
 * Surround: simultaneous touches across owned and paid channels. The launch email goes out with
 * a retargeting-audience sync and an in-app banner; three days on, buyers are tagged, big spenders
 * get a postcard and everyone else a push.
 */
export const surroundTemplate = defineJourneyTemplate({
  id: "surround",
  name: "Product launch surround",
  description: "Launch email, retargeting ads and an in-app banner together; after three days, a postcard for VIPs and a push for the rest.",
  pattern: "surround",
  settings: { goal: { event: "Order Completed", within: { amount: 14, unit: "days" }, exitOnGoal: false }, frequencyCapExempt: false },
  nodes: [
    step("trigger", "trigger", { source: { kind: "api" }, reentry: "never" }),
    send("launch-email", "email", "surround-email"),
    send("retarget", "adsAudience", "surround-ads", { respectQuietHours: false }),
    send("banner", "inApp", "surround-banner"),
    pause("wait-3d", 3, "days"),
    step("bought", "suppress", {
      condition: { kind: "event", name: "Order Completed", op: "atLeast", count: 1, within: { amount: 3, unit: "days" } },
      onSuppress: "path",
    }),
    step("tag-buyer", "updateProfile", { assignments: [{ trait: "launch_buyer", op: "set", value: true }] }),
    exit("exit-bought", "Bought at launch"),
    step("vip", "branch", {
      paths: [{ id: "vip", label: "Spent 500 or more", condition: { kind: "trait", path: "lifetime_value", op: "gte", value: 500 } }],
    }),
    send("postcard", "directMail", "surround-postcard", { respectQuietHours: false }),
    send("push", "push", "surround-push"),
    exit("exit-done", "Launch sequence finished"),
  ],
  edges: [
    link("trigger", "next", "launch-email"),
    ...sendLinks("launch-email", "retarget"),
    ...sendLinks("retarget", "banner"),
    ...sendLinks("banner", "wait-3d"),
    link("wait-3d", "next", "bought"),
    link("bought", "suppressed", "tag-buyer"),
    link("tag-buyer", "next", "exit-bought"),
    link("bought", "next", "vip"),
    link("vip", "vip", "postcard"),
    link("vip", "else", "push"),
    ...sendLinks("postcard", "exit-done", "push"),
    ...sendLinks("push", "exit-done"),
  ],
  messages: [
    {
      key: "surround-email",
      name: "Launch · Announcement",
      channel: "email",
      content: {
        subject: "Meet the new {{ event.properties.product_name | default: 'collection' }}",
        preheader: "Available today.",
        html: "<h1>It's here.</h1><p>Be among the first to try it, {{ profile.traits.first_name | default: 'friend' }}.</p>",
        text: "It's here. Be among the first to try it, {{ profile.traits.first_name | default: 'friend' }}.",
      },
    },
    { key: "surround-ads", name: "Launch · Retargeting audience", channel: "adsAudience", content: { audienceName: "Product launch retargeting" } },
    {
      key: "surround-banner",
      name: "Launch · In-app banner",
      channel: "inApp",
      content: { title: "New: the launch collection", body: "See what's new before it sells out.", ctaLabel: "Take a look", ctaUrl: "/launch" },
    },
    {
      key: "surround-postcard",
      name: "Launch · VIP postcard",
      channel: "directMail",
      content: {
        addressLines: ["{{ profile.traits.first_name }} {{ profile.traits.last_name }}", "{{ profile.traits.address_line1 }}", "{{ profile.traits.postal_code }} {{ profile.traits.city }}"],
        copy: "Dear {{ profile.traits.first_name }}, as one of our best customers, enjoy early access and 20% off with code VIPLAUNCH.",
      },
    },
    { key: "surround-push", name: "Launch · Reminder (push)", channel: "push", content: { title: "Have you seen it yet?", body: "The launch collection is going fast.", deepLink: "app://launch" } },
  ],
});
