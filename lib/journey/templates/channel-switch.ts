import { defineJourneyTemplate, exit, link, pause, send, sendLinks, step } from "./template-kit";

/**
 * Channel switch: someone who has not opened an email in 30 days but keeps opening the app gets
 * key messages by push and in-app instead (and the preference is remembered); everyone else gets
 * the email, with a push if it goes unopened.
 */
export const channelSwitchTemplate = defineJourneyTemplate({
  id: "channel-switch",
  name: "Renewal notice on the channel that works",
  description: "Email-dormant app users get the renewal notice by push and in-app; others by email, with a push if unopened.",
  pattern: "channel-switch",
  settings: { frequencyCapExempt: false },
  nodes: [
    step("trigger", "trigger", { source: { kind: "event", event: "Renewal Upcoming" }, reentry: "always" }),
    step("route", "branch", {
      paths: [
        {
          id: "app-first",
          label: "Email-dormant app user",
          condition: {
            kind: "all",
            conditions: [
              { kind: "event", name: "Email Opened", op: "exactly", count: 0, within: { amount: 30, unit: "days" } },
              { kind: "event", name: "Application Opened", op: "atLeast", count: 3, within: { amount: 30, unit: "days" } },
            ],
          },
        },
      ],
    }),
    step("prefer-push", "updateProfile", { assignments: [{ trait: "preferred_channel", op: "set", value: "push" }] }),
    send("push", "push", "switch-push"),
    send("in-app", "inApp", "switch-in-app"),
    exit("exit-app", "Reached in the app"),
    send("email", "email", "switch-email"),
    pause("wait-2d", 2, "days"),
    step("opened", "branch", {
      paths: [{ id: "opened", label: "Opened the email", condition: { kind: "engagement", nodeId: "email", engagement: "opened" } }],
    }),
    exit("exit-email", "Read by email"),
    send("push-fallback", "push", "switch-push"),
    exit("exit-fallback", "Switched to push"),
  ],
  edges: [
    link("trigger", "next", "route"),
    link("route", "app-first", "prefer-push"),
    link("prefer-push", "next", "push"),
    ...sendLinks("push", "in-app"),
    ...sendLinks("in-app", "exit-app"),
    link("route", "else", "email"),
    ...sendLinks("email", "wait-2d", "push-fallback"),
    link("wait-2d", "next", "opened"),
    link("opened", "opened", "exit-email"),
    link("opened", "else", "push-fallback"),
    ...sendLinks("push-fallback", "exit-fallback"),
  ],
  messages: [
    {
      key: "switch-email",
      name: "Renewal · Notice (email)",
      channel: "email",
      content: {
        subject: "Your plan renews on {{ event.properties.renewal_date }}",
        preheader: "Nothing to do if you are happy with it.",
        html: "<p>Hi {{ profile.traits.first_name | default: 'there' }}, your {{ profile.traits.plan }} plan renews on {{ event.properties.renewal_date }}.</p>",
        text: "Hi {{ profile.traits.first_name | default: 'there' }}, your {{ profile.traits.plan }} plan renews on {{ event.properties.renewal_date }}.",
      },
    },
    {
      key: "switch-push",
      name: "Renewal · Notice (push)",
      channel: "push",
      content: { title: "Your plan renews soon", body: "Renewal on {{ event.properties.renewal_date }}. Tap to review.", deepLink: "app://billing" },
    },
    {
      key: "switch-in-app",
      name: "Renewal · Notice (in-app)",
      channel: "inApp",
      content: { title: "Renewal coming up", body: "Your plan renews on {{ event.properties.renewal_date }}.", ctaLabel: "Review plan", ctaUrl: "/settings/billing" },
    },
  ],
});
