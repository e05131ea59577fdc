import { defineJourneyTemplate, exit, link, send, sendLinks, step } from "./template-kit";

/**
 * Reinforcement: a secondary channel amplifies the primary message. The sale is announced by
 * email on Monday; on its final day, those who have not bought get an SMS (or a push when SMS
 * consent is missing) at 10:00 in their own time zone.
 */
export const reinforcementTemplate = defineJourneyTemplate({
  id: "reinforcement",
  name: "Weekly sale with final-day reminder",
  description: "Announce the sale by email on Monday; on Friday morning, remind non-buyers by SMS, or push without SMS consent.",
  pattern: "reinforcement",
  settings: { goal: { event: "Order Completed", within: { amount: 5, unit: "days" }, exitOnGoal: true }, frequencyCapExempt: false },
  segments: [
    {
      key: "newsletter-subscribers",
      name: "Newsletter subscribers",
      description: "Subscribed to marketing email.",
      definition: { kind: "consent", channel: "email", status: "subscribed" },
    },
  ],
  nodes: [
    step("trigger", "trigger", {
      source: { kind: "schedule", cron: "0 9 * * MON", timezone: "UTC", audienceSegmentId: "$newsletter-subscribers" },
      reentry: "afterExit",
    }),
    send("announce", "email", "reinforce-announce"),
    step("final-day", "wait", { mode: "timeOfDay", time: "10:00", days: ["fri"] }),
    step("skip-buyers", "suppress", {
      condition: { kind: "event", name: "Order Completed", op: "atLeast", count: 1, within: { amount: 5, unit: "days" } },
      onSuppress: "exit",
    }),
    step("has-sms", "branch", {
      paths: [{ id: "sms-ok", label: "Subscribed to SMS", condition: { kind: "consent", channel: "sms", status: "subscribed" } }],
    }),
    send("sms-reminder", "sms", "reinforce-sms"),
    send("push-reminder", "push", "reinforce-push"),
    exit("exit-done", "Reminded"),
  ],
  edges: [
    link("trigger", "next", "announce"),
    ...sendLinks("announce", "final-day"),
    link("final-day", "next", "skip-buyers"),
    link("skip-buyers", "next", "has-sms"),
    link("has-sms", "sms-ok", "sms-reminder"),
    link("has-sms", "else", "push-reminder"),
    ...sendLinks("sms-reminder", "exit-done", "push-reminder"),
    ...sendLinks("push-reminder", "exit-done"),
  ],
  messages: [
    {
      key: "reinforce-announce",
      name: "Sale · Announcement",
      channel: "email",
      content: {
        subject: "The sale starts now: up to 40% off",
        preheader: "Until Friday midnight.",
        html: "<h1>Up to 40% off, until Friday</h1><p>Hi {{ profile.traits.first_name | default: 'there' }}, our best prices of the season are live.</p>",
        text: "Hi {{ profile.traits.first_name | default: 'there' }}, up to 40% off until Friday.",
      },
    },
    {
      key: "reinforce-sms",
      name: "Sale · Last day (SMS)",
      channel: "sms",
      content: { body: "Last day of the sale, {{ profile.traits.first_name | default: 'friend' }}: up to 40% off ends tonight. Reply STOP to opt out." },
    },
    {
      key: "reinforce-push",
      name: "Sale · Last day (push)",
      channel: "push",
      content: { title: "Last day: up to 40% off", body: "The sale ends at midnight.", deepLink: "app://sale" },
    },
  ],
});
