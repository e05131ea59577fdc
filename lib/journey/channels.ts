import { z } from "zod";

/**
 * The delivery channels Waymark can send on. This list is the one place a channel is declared:
 * message nodes, consent conditions, template content and the channel adapters all key on it.
 */
export const CHANNELS = ["email", "sms", "push", "inApp", "webhook", "adsAudience", "directMail"] as const;
export const ZChannel = z.enum(CHANNELS);
export type TChannel = z.infer<typeof ZChannel>;

/** What a message node may pick: a concrete channel, or `best` (the learned preference, with fallbacks). */
export const MESSAGE_CHANNELS = [...CHANNELS, "best"] as const;
export const ZMessageChannel = z.enum(MESSAGE_CHANNELS);
export type TMessageChannel = z.infer<typeof ZMessageChannel>;

/** Human names, for labels and sentences ("is subscribed to SMS"). */
export const CHANNEL_LABELS: Record<TMessageChannel, string> = {
  email: "Email",
  sms: "SMS",
  push: "Push",
  inApp: "In-app",
  webhook: "Webhook",
  adsAudience: "Ads audience",
  directMail: "Direct mail",
  best: "Best channel",
};

/**
 * Channels where sending without an explicit opt-in is unlawful or gets the sender blocked
 * (TCPA / carrier rules for SMS, OS permission for push), so the editor warns early.
 */
export const CONSENT_SENSITIVE_CHANNELS: readonly TChannel[] = ["sms", "push"];
