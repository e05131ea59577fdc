import type { TEngagementModel, TSimulatedEvent } from "../engine/simulate";
import type { TEngagement } from "../engine/types";
import { invalid } from "../errors";
import { durationToMs } from "../journey/duration";
import { validateEvent } from "../profiles/validate-event";
import type { TEngagementAssumption, TEngagementOffset, TPreviewOffset, TScriptedEvent } from "./preview-schemas";

/** `start` + an offset. */
export function afterStart(start: Date, offset: TPreviewOffset): Date {
  return new Date(start.getTime() + durationToMs({ amount: offset.amount, unit: offset.unit }));
}

/** When a scripted event happens: its `at`, or `after` from the start. */
export function scriptedTime(event: Pick<TScriptedEvent, "at" | "after">, start: Date): Date {
  return event.at !== undefined ? new Date(event.at) : afterStart(start, event.after ?? { amount: 0, unit: "minutes" });
}

/**
 * The scripted events as the simulation takes them, each checked and normalised by ingestion's
 * own `validateEvent` (storable JSON, emails and phones normalised, consent read out of identify
 * traits), so a preview folds an identify exactly as ingestion would. A problem is a 400 naming
 * the event and its field (`events.3.traits.consent.sms`).
 */
export function buildPreviewTimeline(events: readonly TScriptedEvent[] | undefined, start: Date, defaultRegion: string): TSimulatedEvent[] {
  return (events ?? []).map((event, index) => {
    const at = scriptedTime(event, start);
    if (Number.isNaN(at.getTime())) throw invalid(`events.${index}.at`, "is not a valid time");
    const raw = event.type === "identify"
      ? { type: "identify", anonymousId: "preview", traits: event.traits ?? {}, timestamp: at.toISOString() }
      : { type: "track", anonymousId: "preview", event: event.event, properties: event.properties ?? {}, timestamp: at.toISOString() };
    const checked = validateEvent(raw, event.type, { receivedAt: at, defaultRegion });
    if (!checked.ok) {
      // Ingestion names the time `timestamp`; here it is the event's `at` or `after`.
      const field = checked.path === "timestamp" ? (event.at !== undefined ? "at" : "after") : checked.path;
      throw invalid(`events.${index}${field ? `.${field}` : ""}`, checked.message);
    }
    const incoming = checked.event;
    if (incoming.type === "track") return { name: incoming.name, properties: incoming.properties, timestamp: incoming.timestamp };
    return {
      type: "identify" as const,
      timestamp: incoming.timestamp,
      traits: incoming.traits ?? {},
      consent: incoming.consent,
      identities: incoming.identifiers.filter((i) => i.kind === "email" || i.kind === "phone"),
      timezone: incoming.timezone,
      locale: incoming.locale,
    };
  });
}

function engagementAt(offset: TEngagementOffset | undefined, sentAt: Date): Date | null | undefined {
  if (offset === undefined) return undefined;
  return offset === "never" ? null : afterStart(sentAt, offset);
}

/**
 * The engagement model of a request's assumptions, per message step: delivered / opened /
 * clicked at an offset after the send, or never. Steps without an assumption (and fields left
 * out) get the default: delivered at the send, never opened or clicked.
 */
export function engagementFromAssumptions(assume: Readonly<Record<string, TEngagementAssumption>> | undefined): TEngagementModel {
  return ({ nodeId, at }) => {
    const assumption = assume?.[nodeId];
    if (!assumption) return {};
    const engagement: Partial<TEngagement> = {};
    for (const kind of ["delivered", "opened", "clicked"] as const) {
      const time = engagementAt(assumption[kind], at);
      if (time !== undefined) engagement[kind] = time;
    }
    return engagement;
  };
}
