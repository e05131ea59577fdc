import type { TJourneyGraph } from "../graph";
import { abandonedCartTemplate } from "./abandoned-cart";
import { cascadeTemplate } from "./cascade";
import { channelSwitchTemplate } from "./channel-switch";
import { onboardingTemplate } from "./onboarding";
import { reinforcementTemplate } from "./reinforcement";
import { surroundTemplate } from "./surround";
import type { TJourneyTemplate } from "./template-kit";
import { winBackTemplate } from "./win-back";

export type { TJourneyTemplate, TJourneyTemplateMessage, TJourneyTemplateSegment } from "./template-kit";

/** Every ready-made journey, in gallery order. */
export const journeyTemplates: readonly TJourneyTemplate[] = [
  cascadeTemplate,
  onboardingTemplate,
  winBackTemplate,
  abandonedCartTemplate,
  reinforcementTemplate,
  channelSwitchTemplate,
  surroundTemplate,
];

/** The template with this id, if any. */
export function getJourneyTemplate(id: string): TJourneyTemplate | undefined {
  return journeyTemplates.find((template) => template.id === id);
}

/** Fields that hold a `$key` placeholder, and which map resolves them. */
const PLACEHOLDER_FIELDS = { templateId: "templates", segmentId: "segments", audienceSegmentId: "segments" } as const;

function resolvePlaceholders(value: unknown, maps: { templates: Record<string, string>; segments: Record<string, string> }): unknown {
  if (Array.isArray(value)) return value.map((item) => resolvePlaceholders(item, maps));
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, field]) => {
      const kind = Object.prototype.hasOwnProperty.call(PLACEHOLDER_FIELDS, key) ? PLACEHOLDER_FIELDS[key as keyof typeof PLACEHOLDER_FIELDS] : undefined;
      if (kind && typeof field === "string" && field.startsWith("$")) {
        const map = maps[kind];
        const name = field.slice(1);
        return [key, Object.prototype.hasOwnProperty.call(map, name) ? (map[name] ?? field) : field];
      }
      return [key, resolvePlaceholders(field, maps)];
    }),
  );
}

/**
 * The template's graph with `$key` placeholders replaced by real ids: message templates from
 * `templateIdByKey` (keys of `template.messages`), segments from `segmentIdByKey` (keys of
 * `template.segments`). Node ids are kept: they are unique within the graph, which is all they
 * need to be. An unmapped key stays `$key`, which validation with `ctx.templates` then reports.
 */
export function instantiateTemplate(
  template: TJourneyTemplate,
  templateIdByKey: Record<string, string>,
  segmentIdByKey: Record<string, string> = {},
): TJourneyGraph {
  // Only string leaves change, so the result keeps the graph's shape.
  return resolvePlaceholders(template.graph, { templates: templateIdByKey, segments: segmentIdByKey }) as TJourneyGraph;
}
