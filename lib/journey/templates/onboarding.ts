import { defineJourneyTemplate, exit, link, pause, send, sendLinks, step } from "./template-kit";

/**
 * Post-signup series: welcome, tips a day later, then a check on activation. Activated users are
 * tagged and leave; the rest get a promotion unless they already pay or recently bought.
 */
export const onboardingTemplate = defineJourneyTemplate({
  id: "onboarding",
  name: "New user onboarding",
  description: "A welcome and tips over the first days, a branch on activation, and a promo for those who need a nudge.",
  pattern: "nurture",
  settings: { goal: { event: "Subscription Started", within: { amount: 14, unit: "days" }, exitOnGoal: true }, frequencyCapExempt: false },
  nodes: [
    step("trigger", "trigger", { source: { kind: "event", event: "Signed Up" }, reentry: "never" }),
    send("welcome", "email", "onboarding-welcome"),
    pause("wait-1d", 1, "days"),
    send("tips", "email", "onboarding-tips"),
    pause("wait-2d", 2, "days"),
    step("activated", "branch", {
      paths: [{ id: "activated", label: "Activated", condition: { kind: "trait", path: "activated", op: "equals", value: true } }],
    }),
    step("tag-activated", "updateProfile", { assignments: [{ trait: "onboarding_stage", op: "set", value: "activated" }] }),
    exit("exit-activated", "Activated"),
    step("no-promo", "suppress", {
      condition: {
        kind: "any",
        conditions: [
          { kind: "trait", path: "plan", op: "in", value: ["pro", "team"] },
          { kind: "event", name: "Order Completed", op: "atLeast", count: 1, within: { amount: 30, unit: "days" } },
        ],
      },
      onSuppress: "path",
    }),
    exit("exit-paying", "Already paying"),
    send("promo", "email", "onboarding-promo"),
    pause("wait-3d", 3, "days"),
    send("nudge", "inApp", "onboarding-nudge"),
    exit("exit-done", "Onboarding finished"),
  ],
  edges: [
    link("trigger", "next", "welcome"),
    ...sendLinks("welcome", "wait-1d"),
    link("wait-1d", "next", "tips"),
    ...sendLinks("tips", "wait-2d"),
    link("wait-2d", "next", "activated"),
    link("activated", "activated", "tag-activated"),
    link("tag-activated", "next", "exit-activated"),
    link("activated", "else", "no-promo"),
    link("no-promo", "next", "promo"),
    link("no-promo", "suppressed", "exit-paying"),
    ...sendLinks("promo", "wait-3d"),
    link("wait-3d", "next", "nudge"),
    ...sendLinks("nudge", "exit-done"),
  ],
  messages: [
    {
      key: "onboarding-welcome",
      name: "Onboarding · Welcome",
      channel: "email",
      content: {
        subject: "Welcome aboard, {{ profile.traits.first_name | default: 'friend' }}",
        preheader: "Three things to do in your first ten minutes.",
        html: "<h1>Welcome, {{ profile.traits.first_name | default: 'friend' }}!</h1><p>Start by creating your first project.</p>",
        text: "Welcome, {{ profile.traits.first_name | default: 'friend' }}! Start by creating your first project.",
      },
    },
    {
      key: "onboarding-tips",
      name: "Onboarding · Tips",
      channel: "email",
      content: {
        subject: "Tips from people who got started fast",
        preheader: "Templates, shortcuts and invites.",
        html: "<p>Invite your team and try a template: most people are set up in a day.</p>",
        text: "Invite your team and try a template: most people are set up in a day.",
      },
    },
    {
      key: "onboarding-promo",
      name: "Onboarding · 20% off",
      channel: "email",
      content: {
        subject: "20% off your first month, {{ profile.traits.first_name | default: 'friend' }}",
        preheader: "This week only.",
        html: "<p>Upgrade this week with code <strong>WELCOME20</strong>.</p>",
        text: "Upgrade this week with code WELCOME20.",
      },
    },
    {
      key: "onboarding-nudge",
      name: "Onboarding · Finish setup (in-app)",
      channel: "inApp",
      content: { title: "You're almost set up", body: "Create your first project to see it in action.", ctaLabel: "Create project", ctaUrl: "/projects/new" },
    },
  ],
});
