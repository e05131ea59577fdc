/**
 * A saved case's input back into the preview's form, so "Open in preview" on the Tests tab shows
 * the case as it runs now. The inverse of `buildPreviewRequest` for everything the form can hold.
 */
import { randomShortId } from "@/lib/journey/graph";
import type { TEngagementOffset, TPreviewInput, TPreviewOffset, TPreviewProfile, TScriptedEvent } from "@/lib/preview/preview-schemas";
import { defaultAssumption, emptyProfileFields, initialPreviewForm, parseFieldValue, type TAssumptionChoice, type TAssumptionRow, type TEventRow, type TKeyValueRow, type TPreviewForm, type TProfileFields } from "./preview-form";

const MS: Record<TPreviewOffset["unit"], number> = { minutes: 60_000, hours: 3_600_000, days: 86_400_000, weeks: 604_800_000 };

/** A value as the text a marketer would type for it: text that would read as a number or boolean is quoted. */
export function fieldText(value: unknown): string {
  if (typeof value === "string") return parseFieldValue(value) === value ? value : `"${value}"`;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value) ?? "";
}

function rowsOf(record: Record<string, unknown> | undefined): TKeyValueRow[] {
  return Object.entries(record ?? {}).map(([key, value]) => ({ id: randomShortId(), key, value: fieldText(value) }));
}

function fieldsOf(profile: TPreviewProfile | undefined): TProfileFields {
  if (!profile) return emptyProfileFields();
  return {
    traits: rowsOf(profile.traits),
    timezone: profile.timezone ?? "",
    consent: { ...profile.consent },
    topics: { ...profile.topics },
    identities: (profile.identities ?? []).map((i) => ({ id: randomShortId(), kind: i.kind, value: i.value })),
  };
}

/** The largest whole unit an offset in ms fits ("2 days" rather than "2880 minutes"); negative before the start. */
export function offsetOfMs(ms: number): TPreviewOffset {
  const size = Math.abs(ms);
  const sign = ms < 0 ? -1 : 1;
  for (const unit of ["weeks", "days", "hours"] as const) if (size > 0 && size % MS[unit] === 0) return { amount: (sign * size) / MS[unit], unit };
  return { amount: sign * Math.round(size / MS.minutes) || 0, unit: "minutes" };
}

function eventOf(event: TScriptedEvent, start: string | undefined): TEventRow {
  const after = event.after ?? (event.at && start ? offsetOfMs(Date.parse(event.at) - Date.parse(start)) : { amount: 0, unit: "minutes" as const });
  return { id: randomShortId(), type: event.type, event: event.event ?? "", after, properties: rowsOf(event.type === "identify" ? event.traits : event.properties) };
}

function choiceOf(offset: TEngagementOffset | undefined): TAssumptionChoice {
  return offset === undefined ? { mode: "default" } : offset === "never" ? { mode: "never" } : { mode: "after", after: { ...offset } };
}

/**
 * The form a saved case's input fills. A real customer's label is her id until her profile loads;
 * `until` becomes the span after `start` it covers.
 */
export function formFromCaseInput(input: TPreviewInput): TPreviewForm {
  const base = initialPreviewForm();
  const real = input.profileId !== undefined;
  const assume: Record<string, TAssumptionRow> = {};
  for (const [nodeId, entry] of Object.entries(input.assume ?? {})) assume[nodeId] = { ...defaultAssumption(), delivered: choiceOf(entry.delivered), opened: choiceOf(entry.opened), clicked: choiceOf(entry.clicked) };
  const followFor = input.duration ?? (input.until && input.start ? offsetOfMs(Date.parse(input.until) - Date.parse(input.start)) : base.followFor);
  return {
    ...base,
    who: real ? "real" : "hypothetical",
    profile: input.profileId ? { id: input.profileId, label: input.profileId } : null,
    editReal: real && input.profile !== undefined,
    overrides: real ? fieldsOf(input.profile) : emptyProfileFields(),
    hypothetical: real ? emptyProfileFields() : fieldsOf(input.profile),
    start: input.start ?? "",
    followFor,
    events: (input.events ?? []).map((event) => eventOf(event, input.start)),
    assume,
  };
}
