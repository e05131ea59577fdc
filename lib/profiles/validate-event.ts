import { issuePath } from "../http/parse-input";
import { EVENT_SCHEMAS, EVENT_TYPES, type TEventType } from "./event-schemas";
import { findJsonProblem } from "./find-json-problem";
import type { TIncomingEvent } from "./incoming-event";
import { normalizeEvent, type TParsedFields } from "./normalize-event";

/** Segment's per-event limit. */
export const MAX_EVENT_BYTES = 32 * 1024;

export interface TValidateOptions {
  receivedAt: Date;
  /** workspace phone region for numbers without a country code */
  defaultRegion: string;
  /** batch-level context, under each event's own */
  batchContext?: Record<string, unknown> | null;
  batchSentAt?: Date | null;
  /** the sender's address, kept as context.ip when the event names none */
  requestIp?: string | null;
  /** WAYMARK_TEST_CLOCK is on: a client time after receivedAt is kept (it is the virtual clock; see test-clock.ts) */
  testClock?: boolean;
}

export interface TEventRejection {
  ok: false;
  /** dotted path inside the event ("" = the event itself) */
  path: string;
  message: string;
  type: TEventType | null;
  messageId: string | null;
}

export type TValidation = { ok: true; event: TIncomingEvent } | TEventRejection;

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Checks one call against the Segment spec and Waymark's storage limits, and normalises it.
 * `type` is the endpoint's (`/v1/track` …) or null for a batch item, which names its own.
 * Never throws on bad input: every problem is a rejection naming the field.
 */
export function validateEvent(raw: unknown, type: TEventType | null, options: TValidateOptions): TValidation {
  const messageId = isPlainObject(raw) && (typeof raw.messageId === "string" || typeof raw.messageId === "number") ? String(raw.messageId).slice(0, 255) : null;
  const reject = (path: string, message: string, known: TEventType | null = type): TEventRejection => ({ ok: false, path, message, type: known, messageId });
  if (!isPlainObject(raw)) return reject("", "must be a JSON object");
  const eventType = type ?? (EVENT_TYPES as readonly unknown[]).find((t) => t === raw.type) as TEventType | undefined;
  if (!eventType) return reject("type", `must be one of ${EVENT_TYPES.join(", ")}`);
  const problem = findJsonProblem(raw);
  if (problem) return reject(issuePath(problem.path), problem.message, eventType);
  const bytes = Buffer.byteLength(JSON.stringify(raw));
  if (bytes > MAX_EVENT_BYTES) return reject("", `is ${bytes} bytes, over the 32 KB limit per event`, eventType);
  const parsed = EVENT_SCHEMAS[eventType].safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return reject(issue ? issuePath(issue.path) : "", issue?.message ?? "is invalid", eventType);
  }
  const normalized = normalizeEvent(eventType, parsed.data as TParsedFields, raw, options);
  return normalized.ok ? normalized : { ...normalized, type: eventType, messageId };
}
