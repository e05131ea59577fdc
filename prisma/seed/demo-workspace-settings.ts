/** Workspace rules of the demo shop: a UK business with a daily cap and quiet nights for SMS and push. */
export const DEMO_WORKSPACE_SETTINGS = {
  timezone: "Europe/London",
  defaultRegion: "GB",
  frequencyCaps: [{ id: "max-3-per-day", name: "max 3/day", max: 3, windowHours: 24, channels: null, exemptJourneyIds: [] }],
  quietHours: {
    sms: { start: "21:00", end: "08:00", behaviour: "defer" },
    push: { start: "21:00", end: "08:00", behaviour: "defer" },
  },
  // Email may go to anyone who has not opted out (UK soft opt-in); SMS and push need a yes.
  consentPolicy: { email: "optOut", sms: "optIn", push: "optIn", inApp: "optOut" },
} as const;
