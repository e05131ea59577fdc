import type { TChannel } from "../journey/channels";

/** How channels read to customers (not marketers); webhooks reach systems, not people, so never show. */
export const CUSTOMER_CHANNEL_LABELS: Partial<Record<TChannel, { label: string; hint: string }>> = {
  email: { label: "Email", hint: "Newsletters, offers and updates by email" },
  sms: { label: "Text messages (SMS)", hint: "Messages to your phone" },
  push: { label: "Push notifications", hint: "Alerts from our app on your device" },
  inApp: { label: "In-app messages", hint: "Messages while you use our app" },
  directMail: { label: "Post", hint: "Letters and catalogues to your address" },
  adsAudience: { label: "Personalised ads", hint: "Ads on other sites based on your activity" },
};

/** Channels a customer may be asked about, in display order. */
export const CUSTOMER_CHANNELS = Object.keys(CUSTOMER_CHANNEL_LABELS) as TChannel[];
