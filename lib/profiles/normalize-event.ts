import { randomUUID } from "node:crypto";
import type { TEventType } from "./event-schemas";
import { eventTime } from "./event-time";
import { describeInvalid } from "./describe-dropped-identifier";
import { identityKey, type TIdentifier, type TIncomingEvent, type TInvalidIdentifier } from "./incoming-event";
import { normalizeEmail } from "./normalize-email";
import { normalizePhone } from "./normalize-phone";
import { normalizeLocale, normalizeTimezone } from "./normalize-place";
import { readConsent } from "./read-consent";
import type { TValidateOptions } from "./validate-event";

/** The fields the event schemas produce, across all call types. */
export interface TParsedFields {
  userId?: string | null;
  anonymousId?: string | null;
  messageId?: string | null;
  timestamp?: Date | null;
  originalTimestamp?: Date | null;
  sentAt?: Date | null;
  context?: { locale?: string | null; timezone?: string | null; device?: { id?: string | null } | null } | null;
  event?: string;
  name?: string | null;
  category?: string | null;
  groupId?: string;
  previousId?: string;
  properties?: Record<string, unknown> | null;
  traits?: Record<string, unknown> | null;
}

type TNormalizeResult = { ok: true; event: TIncomingEvent } | { ok: false; path: string; message: string };

const present = (value: string | null | undefined): string | null => (value === null || value === undefined || value === "" ? null : value);
const objectOr = (value: unknown): Record<string, unknown> => (typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {});

/**
 * Turns a schema-checked call into a TIncomingEvent: identifiers normalised (email lower-cased,
 * phone in E.164), consent read, time corrected for clock skew, context merged with the batch's.
 * `raw` supplies the free-form objects exactly as sent.
 */
export function normalizeEvent(type: TEventType, data: TParsedFields, raw: Record<string, unknown>, options: TValidateOptions): TNormalizeResult {
  const userId = present(data.userId);
  const anonymousId = present(data.anonymousId);
  if (type !== "alias" && !userId && !anonymousId) return { ok: false, path: "userId", message: "one of userId or anonymousId is required" };

  const rawContext = objectOr(raw.context);
  const context: Record<string, unknown> = { ...objectOr(options.batchContext), ...rawContext };
  if (!context.ip && options.requestIp) context.ip = options.requestIp;
  const contextTraits = objectOr(context.traits);
  const rawTraits = type === "identify" ? objectOr(raw.traits) : null;

  const timezone = normalizeTimezone(typeof context.timezone === "string" ? context.timezone : null);
  if (!timezone.ok) return { ok: false, path: "context.timezone", message: timezone.message };
  const locale = normalizeLocale(typeof context.locale === "string" ? context.locale : null);
  if (!locale.ok) return { ok: false, path: "context.locale", message: locale.message };

  const identifiers: TIdentifier[] = [];
  const add = (kind: TIdentifier["kind"], value: string | null) => {
    if (value && !identifiers.some((i) => identityKey(i.kind, i.value) === identityKey(kind, value))) identifiers.push({ kind, value });
  };
  add("userId", userId);
  add("anonymousId", anonymousId);
  const device = objectOr(context.device);
  add("deviceId", typeof device.id === "string" || typeof device.id === "number" ? present(String(device.id)) : null);

  const traits = rawTraits ? { ...rawTraits } : null;
  delete traits?.consent;
  // Segment never drops a call over trait content: an email or phone that is not one is kept off
  // the profile (neither identifier nor trait) and recorded, and the rest of the event goes on.
  const invalidIdentifiers: TInvalidIdentifier[] = [];
  for (const source of [rawTraits, contextTraits]) {
    if (!source) continue;
    for (const kind of ["email", "phone"] as const) {
      const normalized = kind === "email" ? normalizeEmail(source.email) : normalizePhone(source.phone, options.defaultRegion);
      if (normalized.ok) add(kind, normalized.value);
      else {
        const invalid = invalidIdentifierOf(kind, source[kind], normalized.message);
        if (!invalidIdentifiers.some((i) => i.kind === kind && i.value === invalid.value)) invalidIdentifiers.push(invalid);
      }
      // the profile keeps the normalised forms: templates send to them
      if (traits && source === rawTraits) {
        if (!normalized.ok) delete traits[kind];
        else if (normalized.value) traits[kind] = normalized.value;
      }
    }
  }

  const fromTraits = readConsent(rawTraits?.consent);
  if (!fromTraits.ok) return { ok: false, path: ["traits.consent", fromTraits.path].filter(Boolean).join("."), message: fromTraits.message };
  const fromContext = readConsent(rawContext.consent ?? objectOr(options.batchContext).consent);
  if (!fromContext.ok) return { ok: false, path: ["context.consent", fromContext.path].filter(Boolean).join("."), message: fromContext.message };

  const clientTime = data.timestamp ?? data.originalTimestamp;
  const { at: timestamp, future: futureTimestamp } = eventTime({ timestamp: clientTime, sentAt: data.sentAt ?? options.batchSentAt }, options.receivedAt, options.testClock === true);
  // the stored event keeps what the client's clock said, as Segment's originalTimestamp does
  if (futureTimestamp && clientTime) context.originalTimestamp = clientTime.toISOString();
  if (Number.isNaN(timestamp.getTime()) || timestamp.getUTCFullYear() < 1000 || timestamp.getUTCFullYear() > 9999) {
    return { ok: false, path: "timestamp", message: "falls outside the years 1000–9999 after clock-skew correction (timestamp + receivedAt − sentAt)" };
  }

  return {
    ok: true,
    event: {
      type,
      messageId: present(data.messageId) ?? `api-${randomUUID()}`,
      name: type === "track" ? (data.event ?? "") : type === "page" || type === "screen" ? (data.name ?? "") : "",
      properties: storedProperties(type, data, raw),
      context,
      timestamp,
      receivedAt: options.receivedAt,
      futureTimestamp,
      identifiers,
      previousId: type === "alias" ? present(data.previousId) : null,
      traits,
      consent: { ...fromTraits.consent, ...fromContext.consent },
      timezone: timezone.value,
      locale: locale.value,
      ...(invalidIdentifiers.length > 0 ? { invalidIdentifiers } : {}),
    },
  };
}

/** Longest text a DroppedIdentifier keeps of an invalid value. */
const MAX_INVALID_VALUE = 200;

/** An invalid email or phone as recorded: the text as sent (JSON when not text), cut to 200 characters. */
function invalidIdentifierOf(kind: "email" | "phone", sent: unknown, message: string): TInvalidIdentifier {
  const value = (typeof sent === "string" ? sent : JSON.stringify(sent) ?? String(sent)).slice(0, MAX_INVALID_VALUE).toWellFormed();
  return { kind, value, detail: describeInvalid(kind, typeof sent === "string" ? JSON.stringify(value) : value, message) };
}

/** What Event.properties keeps for each call type. */
function storedProperties(type: TEventType, data: TParsedFields, raw: Record<string, unknown>): Record<string, unknown> {
  switch (type) {
    case "track":
      return objectOr(raw.properties);
    case "page":
    case "screen":
      return data.category ? { category: data.category, ...objectOr(raw.properties) } : objectOr(raw.properties);
    case "identify":
      return objectOr(raw.traits);
    case "group":
      return { groupId: data.groupId, traits: objectOr(raw.traits) };
    case "alias":
      return { previousId: data.previousId };
  }
}
