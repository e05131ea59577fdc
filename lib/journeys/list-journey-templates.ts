import { journeyTemplates, type TJourneyTemplate } from "../journey/templates";
import type { TJourneyTemplateSummary } from "./lifecycle-schemas";

/** The template gallery: every ready-made journey with what a card shows about it, in gallery order. */
export function listJourneyTemplates(): TJourneyTemplateSummary[] {
  return journeyTemplates.map((template) => ({
    id: template.id,
    name: template.name,
    description: template.description,
    pattern: template.pattern,
    nodeCount: template.graph.nodes.length,
    channels: channelsOf(template),
  }));
}

/** Channels its message steps use, each once, in the order the graph lists them. */
function channelsOf(template: TJourneyTemplate): string[] {
  const channels = template.graph.nodes.flatMap((node) => (node.type === "message" ? [node.data.channel] : []));
  return [...new Set<string>(channels)];
}
