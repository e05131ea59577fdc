import { CHANNEL_LABELS, CONSENT_SENSITIVE_CHANNELS, type TChannel } from "../../journey/channels";
import type { TConsentPolicy, TStepContext } from "../types";

export type TSendCheck = { ok: true } | { ok: false; reason: string };

/**
 * The workspace's consent policy for a channel. Unconfigured channels default to opt-in where the
 * law or the platform demands a yes (SMS, push) and to opt-out elsewhere.
 */
export function consentPolicyFor(channel: TChannel, context: Pick<TStepContext, "workspace">): TConsentPolicy {
  return context.workspace.consentPolicy[channel] ?? (CONSENT_SENSITIVE_CHANNELS.includes(channel) ? "optIn" : "optOut");
}

/**
 * May the profile be messaged on `channel`? Opt-in channels need "subscribed"; opt-out channels
 * send unless the profile unsubscribed.
 */
export function checkConsent(channel: TChannel, context: Pick<TStepContext, "workspace" | "consent">): TSendCheck {
  const status = context.consent[channel] ?? "neverAsked";
  const label = CHANNEL_LABELS[channel];
  if (consentPolicyFor(channel, context) === "optIn") {
    return status === "subscribed" ? { ok: true } : { ok: false, reason: `no ${label} consent` };
  }
  return status === "unsubscribed" ? { ok: false, reason: `unsubscribed from ${label}` } : { ok: true };
}
