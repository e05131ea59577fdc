import type { TChannel } from "../journey/channels";
import type { TConsentStatus, TEventType } from "./event-schemas";

export const IDENTITY_KINDS = ["userId", "anonymousId", "email", "phone", "deviceId"] as const;
export type TIdentityKind = (typeof IDENTITY_KINDS)[number];

export interface TIdentifier {
  kind: TIdentityKind;
  /** normalised: emails trimmed and lower-cased, phones in E.164 */
  value: string;
}

/** One identifier as a map key: `email:ada@example.com`. */
export function identityKey(kind: TIdentityKind, value: string): string {
  return `${kind}:${value}`;
}

/** The inverse of identityKey. */
export function parseIdentityKey(key: string): TIdentifier {
  const colon = key.indexOf(":");
  return { kind: key.slice(0, colon) as TIdentityKind, value: key.slice(colon + 1) };
}

/** An email or phone in traits that is not one: kept off the profile and recorded as a DroppedIdentifier ("invalid"). */
export interface TInvalidIdentifier {
  kind: "email" | "phone";
  /** the text as sent (JSON for a non-string), cut to 200 characters */
  value: string;
  /** `email "n/a" is not a valid email address` */
  detail: string;
}

/** A consent change an event carries, stamped with the event's time. */
export type TConsentChanges = Partial<Record<TChannel, TConsentStatus>>;

/**
 * A validated, normalised event, ready for identity resolution and storage. Everything a
 * client can get wrong has been checked by now: the database step only meets races.
 */
export interface TIncomingEvent {
  type: TEventType;
  messageId: string;
  /** track: the event; page/screen: the page name ("" when none); others: "" */
  name: string;
  /** what Event.properties stores: track/page/screen properties, identify traits, group {groupId, traits}, alias {previousId} */
  properties: Record<string, unknown>;
  context: Record<string, unknown>;
  /** when it happened, corrected for the client's clock skew, never after receivedAt */
  timestamp: Date;
  receivedAt: Date;
  /** the client's time lay after receivedAt and was set to it (eventTime); context.originalTimestamp keeps the client's */
  futureTimestamp?: boolean;
  identifiers: TIdentifier[];
  /** alias only: the earlier id, matched against known user ids and anonymous ids */
  previousId: string | null;
  /** identify only: traits to set on the profile (email/phone normalised, consent taken out) */
  traits: Record<string, unknown> | null;
  consent: TConsentChanges;
  timezone: string | null;
  locale: string | null;
  /** emails and phones in traits that were not valid: the event is kept without them */
  invalidIdentifiers?: readonly TInvalidIdentifier[];
}
