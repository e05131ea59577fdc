import { CHANNEL_LABELS, ZChannel } from "@/lib/journey/channels";
import type { TJourneyGraph } from "@/lib/journey/graph";
import { summarizeNode } from "@/lib/journey/registry";
import type { TInspectorContext } from "./inspector/inspector-context";
import type { TWorkspaceLookups } from "./workspace-lookups";

/**
 * The inspector's view of the world: templates on a known channel, segments, and the journey's
 * steps labelled for pickers (message steps by channel and template name, others by their summary).
 */
export function buildInspectorContext(nodes: TJourneyGraph["nodes"], lookups: TWorkspaceLookups): TInspectorContext {
  const templateName = new Map(lookups.templates.map((t) => [t.id, t.name]));
  return {
    templates: lookups.templates.flatMap((t) => {
      const channel = ZChannel.safeParse(t.channel);
      return channel.success ? [{ id: t.id, name: t.name, channel: channel.data }] : [];
    }),
    segments: lookups.segments,
    topics: lookups.topics ?? [],
    nodes: nodes.map((node) => {
      const template = node.type === "message" && node.data.templateId ? templateName.get(node.data.templateId) : undefined;
      const label = node.type === "message" && template ? `${CHANNEL_LABELS[node.data.channel]}: ${template}` : summarizeNode(node);
      return { id: node.id, type: node.type, label };
    }),
  };
}
