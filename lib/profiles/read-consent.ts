import { CHANNELS, type TChannel } from "../journey/channels";
import { CONSENT_STATUSES, type TConsentStatus } from "./event-schemas";
import type { TConsentChanges } from "./incoming-event";

export type TReadConsent = { ok: true; consent: TConsentChanges } | { ok: false; path: string; message: string };

/**
 * Reads the documented consent shape `{ email: "subscribed" | "unsubscribed", sms: …, push: … }`
 * (traits.consent on identify, context.consent on any call). Unknown channels and statuses are
 * refused with their path rather than dropped, so a typo never silently subscribes nobody.
 */
export function readConsent(value: unknown): TReadConsent {
  if (value === null || value === undefined) return { ok: true, consent: {} };
  if (typeof value !== "object" || Array.isArray(value)) return { ok: false, path: "", message: "must be an object such as { \"email\": \"subscribed\" }" };
  const consent: TConsentChanges = {};
  for (const [channel, status] of Object.entries(value)) {
    if (!(CHANNELS as readonly string[]).includes(channel)) return { ok: false, path: channel, message: `is not a channel (one of ${CHANNELS.join(", ")})` };
    if (status === null || status === undefined) continue;
    if (!(CONSENT_STATUSES as readonly unknown[]).includes(status)) return { ok: false, path: channel, message: "must be \"subscribed\" or \"unsubscribed\"" };
    consent[channel as TChannel] = status as TConsentStatus;
  }
  return { ok: true, consent };
}

/** The more restrictive of two consent states: unsubscribed beats subscribed. */
export function mostRestrictive(a: TConsentStatus, b: TConsentStatus): TConsentStatus {
  return a === "unsubscribed" || b === "unsubscribed" ? "unsubscribed" : "subscribed";
}
