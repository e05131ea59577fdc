import type { TChannel } from "../journey/channels";
import type { TCondition } from "../journey/conditions/schema";
import { flattenCondition } from "../journey/conditions/walk-condition";
import { durationToMs } from "../journey/duration";

const DAY = 86_400_000;
/** How far back "has ever done X" looks: an event condition without a window counts a year. */
export const MAX_SEGMENT_WINDOW_MS = 365 * DAY;

/** What a definition reads, so an update touches only the segments a change can affect. */
export type TDefinitionFacts = {
  eventNames: ReadonlySet<string>;
  /** first key of every trait path ("address" for "address.city") */
  traitRoots: ReadonlySet<string>;
  consentChannels: ReadonlySet<TChannel>;
  segmentRefs: ReadonlySet<string>;
  /** longest event window the definition counts over (capped at a year) */
  eventWindowMs: number;
};

/** The first key of a dotted path: a flat "address.city" trait and a nested one share "address". */
export function traitRoot(path: string): string {
  const dot = path.indexOf(".");
  return dot < 0 ? path : path.slice(0, dot);
}

/** Reads a definition's dependencies once, for filtering and loading. */
export function definitionFacts(definition: TCondition): TDefinitionFacts {
  const eventNames = new Set<string>();
  const traitRoots = new Set<string>();
  const consentChannels = new Set<TChannel>();
  const segmentRefs = new Set<string>();
  let eventWindowMs = 0;
  for (const c of flattenCondition(definition)) {
    if (c.kind === "event") {
      eventNames.add(c.name);
      eventWindowMs = Math.max(eventWindowMs, c.within ? Math.min(durationToMs(c.within), MAX_SEGMENT_WINDOW_MS) : MAX_SEGMENT_WINDOW_MS);
    } else if (c.kind === "trait") traitRoots.add(traitRoot(c.path));
    else if (c.kind === "consent") consentChannels.add(c.channel);
    else if (c.kind === "segment") segmentRefs.add(c.segmentId);
  }
  return { eventNames, traitRoots, consentChannels, segmentRefs, eventWindowMs };
}

/**
 * The definition segments evaluate: every event condition gets an explicit window (its own,
 * capped at a year; a year when it had none), which is exactly the history the loader reads, so
 * "has ever ordered" means "ordered in the last year" both when counting and when computing the
 * moment a membership may lapse.
 */
export function boundDefinition(definition: TCondition, depth = 0): TCondition {
  if (depth > 64) return definition;
  switch (definition.kind) {
    case "all":
    case "any":
      return { ...definition, conditions: definition.conditions.map((c) => boundDefinition(c, depth + 1)) };
    case "not":
      return { ...definition, condition: boundDefinition(definition.condition, depth + 1) };
    case "event": {
      const ms = definition.within ? durationToMs(definition.within) : Infinity;
      return ms <= MAX_SEGMENT_WINDOW_MS ? definition : { ...definition, within: { amount: 365, unit: "days" } };
    }
    default:
      return definition;
  }
}

/** What an ingested event, an import or a journey step changed on the profiles it names. */
export type TProfileChanges = {
  /** names of newly stored track events */
  eventNames?: readonly string[];
  /** trait keys set or removed */
  traits?: readonly string[];
  /** channels whose consent changed */
  consent?: readonly TChannel[];
  /** everything may have changed (a merge, a deletion of data): every segment is re-evaluated */
  all?: boolean;
};

/** Whether a definition reads anything `changed` touches (segment references are followed by the caller). */
export function isAffectedBy(facts: TDefinitionFacts, changed: TProfileChanges): boolean {
  if (changed.all) return true;
  if (changed.eventNames?.some((name) => facts.eventNames.has(name))) return true;
  if (changed.traits?.some((key) => facts.traitRoots.has(traitRoot(key)))) return true;
  return changed.consent?.some((channel) => facts.consentChannels.has(channel)) ?? false;
}
