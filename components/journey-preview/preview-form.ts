/**
 * The preview page's inputs as the marketer edits them (rows with local ids, text values), and
 * the one function that turns them into the API's request. Pure: the page, "Save as test case"
 * and the tests read the same conversion.
 */
import type { TChannel } from "@/lib/journey/channels";
import type { TEngagementAssumption, TEngagementOffset, TExpectedStep, TPreviewInput, TPreviewOffset, TPreviewProfile, TPreviewRequest, TPreviewResult, TPreviewVersion, TScriptedEvent } from "@/lib/preview/preview-schemas";

export type TConsentChoice = "subscribed" | "unsubscribed";
export const PREVIEW_IDENTITY_KINDS = ["email", "phone", "userId", "deviceId", "anonymousId"] as const;
export type TPreviewIdentityKind = (typeof PREVIEW_IDENTITY_KINDS)[number];

export type TKeyValueRow = { id: string; key: string; value: string };
export type TIdentityRow = { id: string; kind: TPreviewIdentityKind; value: string };

/** A hypothetical customer, or what to change on a real one ("what if she had no SMS consent"). */
export type TProfileFields = {
  traits: TKeyValueRow[];
  /** "" = not set (hypothetical: UTC; real: her own zone) */
  timezone: string;
  /** channels absent keep the workspace policy (hypothetical) or her real consent */
  consent: Partial<Record<TChannel, TConsentChoice>>;
  /** by topic id */
  topics: Record<string, TConsentChoice>;
  identities: TIdentityRow[];
};

export type TEventRow = { id: string; type: "track" | "identify"; event: string; after: TPreviewOffset; properties: TKeyValueRow[] };

export const ENGAGEMENTS = ["delivered", "opened", "clicked"] as const;
export type TEngagementKind = (typeof ENGAGEMENTS)[number];
/** `default`: the engine's assumption (delivered at the send, never opened or clicked). */
export type TAssumptionChoice = { mode: "default" } | { mode: "never" } | { mode: "after"; after: TPreviewOffset };
export type TAssumptionRow = Record<TEngagementKind, TAssumptionChoice>;

export type TPreviewForm = {
  who: "real" | "hypothetical";
  profile: { id: string; label: string } | null;
  /** whether the overrides apply to the real profile */
  editReal: boolean;
  overrides: TProfileFields;
  hypothetical: TProfileFields;
  /** ISO time; "" = now */
  start: string;
  followFor: TPreviewOffset;
  events: TEventRow[];
  /** by message node id */
  assume: Record<string, TAssumptionRow>;
  version: TPreviewVersion;
};

export const emptyProfileFields = (): TProfileFields => ({ traits: [], timezone: "", consent: {}, topics: {}, identities: [] });
export const defaultAssumption = (): TAssumptionRow => ({ delivered: { mode: "default" }, opened: { mode: "default" }, clicked: { mode: "default" } });

/** The page's first state: nobody picked yet, the draft, starting now, followed for 30 days. */
export function initialPreviewForm(firstEvents: TEventRow[] = []): TPreviewForm {
  return {
    who: "real",
    profile: null,
    editReal: false,
    overrides: emptyProfileFields(),
    hypothetical: emptyProfileFields(),
    start: "",
    followFor: { amount: 30, unit: "days" },
    events: firstEvents,
    assume: {},
    version: "draft",
  };
}

/**
 * A typed value as JSON: numbers and true / false as such (a total of 80 compares as a number),
 * quoted text as the text inside the quotes (a zip code "02134"), anything else as text.
 */
export function parseFieldValue(text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === "true") return true;
  if (trimmed === "false") return false;
  if (trimmed !== "" && /^-?\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  if (trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')) return trimmed.slice(1, -1);
  return text;
}

/** Rows with a key, as an object; a later row with the same key wins, as it would in a form. */
export function rowsToObject(rows: readonly TKeyValueRow[]): Record<string, unknown> | undefined {
  const entries = rows.filter((row) => row.key.trim() !== "").map((row) => [row.key.trim(), parseFieldValue(row.value)] as const);
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/** The profile part of the request, or undefined when nothing is set. */
export function profileOf(fields: TProfileFields): TPreviewProfile | undefined {
  const traits = rowsToObject(fields.traits);
  const identities = fields.identities.filter((i) => i.value.trim() !== "").map((i) => ({ kind: i.kind, value: i.value.trim() }));
  const profile: TPreviewProfile = {
    ...(traits && { traits }),
    ...(fields.timezone && { timezone: fields.timezone }),
    ...(Object.keys(fields.consent).length > 0 && { consent: { ...fields.consent } }),
    ...(Object.keys(fields.topics).length > 0 && { topics: { ...fields.topics } }),
    ...(identities.length > 0 && { identities }),
  };
  return Object.keys(profile).length > 0 ? profile : undefined;
}

function eventOf(row: TEventRow): TScriptedEvent | null {
  if (row.type === "identify") {
    const traits = rowsToObject(row.properties);
    return { type: "identify", after: { ...row.after }, ...(traits && { traits }) };
  }
  if (row.event.trim() === "") return null;
  const properties = rowsToObject(row.properties);
  return { type: "track", event: row.event.trim(), after: { ...row.after }, ...(properties && { properties }) };
}

function offsetOf(choice: TAssumptionChoice): TEngagementOffset | undefined {
  return choice.mode === "never" ? "never" : choice.mode === "after" ? { ...choice.after } : undefined;
}

/** The assumptions that differ from the default, for message steps of the version shown (others would be refused). */
export function assumptionsOf(assume: Record<string, TAssumptionRow>, messageNodeIds: ReadonlySet<string>): Record<string, TEngagementAssumption> | undefined {
  const out: Record<string, TEngagementAssumption> = {};
  for (const [nodeId, row] of Object.entries(assume)) {
    if (!messageNodeIds.has(nodeId)) continue;
    const entry: TEngagementAssumption = {};
    for (const kind of ["delivered", "opened", "clicked"] as const) {
      const offset = offsetOf(row[kind]);
      if (offset !== undefined) entry[kind] = offset;
    }
    if (Object.keys(entry).length > 0) out[nodeId] = entry;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

export type TBuiltRequest =
  | { ok: true; request: TPreviewRequest; incompleteEvents: number }
  | { ok: false; reason: "nobody" };

/**
 * The preview request for the form: a real profile (with overrides when "edit" is on) or the
 * hypothetical one; events without a name are left out and counted, so a half-typed row never
 * turns the whole preview into an error.
 */
export function buildPreviewRequest(form: TPreviewForm, messageNodeIds: ReadonlySet<string>): TBuiltRequest {
  if (form.who === "real" && !form.profile) return { ok: false, reason: "nobody" };
  const profile = form.who === "real" ? (form.editReal ? profileOf(form.overrides) : undefined) : (profileOf(form.hypothetical) ?? {});
  const events = form.events.map(eventOf);
  const scripted = events.filter((e): e is TScriptedEvent => e !== null);
  const assume = assumptionsOf(form.assume, messageNodeIds);
  const request: TPreviewRequest = {
    version: form.version,
    ...(form.who === "real" && form.profile && { profileId: form.profile.id }),
    ...(profile && { profile }),
    ...(form.start && { start: form.start }),
    duration: { ...form.followFor },
    ...(scripted.length > 0 && { events: scripted }),
    ...(assume && { assume }),
  };
  return { ok: true, request, incompleteEvents: events.length - scripted.length };
}

/** What a saved case stores: the request less its version (cases run against whichever version is asked). */
export function caseInputOf(request: TPreviewRequest): TPreviewInput {
  const { version: _version, ...input } = request;
  return input;
}

/**
 * The path a preview result took, as a saved case expects it: each decision's step, action and
 * output, with its time as an offset from the start (so the case means the same whenever it runs).
 */
export function expectedStepsOf(result: Pick<TPreviewResult, "start" | "steps">): TExpectedStep[] {
  const start = new Date(result.start).getTime();
  return result.steps.map((step) => ({ nodeId: step.nodeId, action: step.action, ...(step.handle && { handle: step.handle }), offsetMs: Math.max(0, new Date(step.at).getTime() - start) }));
}
