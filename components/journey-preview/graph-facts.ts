/**
 * What the preview's inputs read off the journey graph: its message steps (for assumptions), the
 * channels it sends on (for consent), the event names it listens to (suggestions for the
 * scripted timeline) and the trigger's event (the first scripted event). Pure.
 */
import { CHANNEL_LABELS, CHANNELS, type TChannel } from "@/lib/journey/channels";
import type { TJourneyGraph } from "@/lib/journey/graph";

export type TMessageStep = { id: string; channel: TChannel | "best"; name: string };

/**
 * The message steps, top to bottom as drawn (the order a marketer reads them), each named by its
 * template ("Cascade · Your cart is waiting (email)"), else by its channel and id.
 */
export function messageSteps(graph: TJourneyGraph, templateNames: Readonly<Record<string, string>> = {}): TMessageStep[] {
  return graph.nodes
    .filter((node) => node.type === "message")
    .map((node) => ({ node, y: node.position.y, x: node.position.x }))
    .sort((a, b) => a.y - b.y || a.x - b.x)
    .flatMap(({ node }) => {
      if (node.type !== "message") return [];
      const template = node.data.templateId ? templateNames[node.data.templateId] : undefined;
      return [{ id: node.id, channel: node.data.channel, name: template ?? `${CHANNEL_LABELS[node.data.channel] ?? "Message"} step “${node.id}”` }];
    });
}

/** Channels the journey can send on, in the product's channel order; a "best channel" step can use any. */
export function journeyChannels(graph: TJourneyGraph): TChannel[] {
  const used = new Set<TChannel>();
  for (const node of graph.nodes) {
    if (node.type !== "message") continue;
    if (node.data.channel === "best") for (const c of node.data.fallbackChannels?.length ? node.data.fallbackChannels : CHANNELS) used.add(c);
    else used.add(node.data.channel);
  }
  return CHANNELS.filter((c) => used.has(c));
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

/** Every event name the graph mentions: the trigger's, waits for an event, event conditions (sorted, unique). */
export function eventNamesIn(graph: TJourneyGraph): string[] {
  const names = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!isRecord(value)) return;
    if (value.kind === "event" && typeof value.name === "string" && value.name) names.add(value.name);
    if (value.kind === "event" && typeof value.event === "string" && value.event) names.add(value.event);
    Object.values(value).forEach(visit);
  };
  for (const node of graph.nodes) {
    if (node.type === "waitForEvent" && node.data.event) names.add(node.data.event);
    visit(node.data);
  }
  return [...names].sort((a, b) => a.localeCompare(b));
}

/** The event that enrols, for an event-triggered journey; null for segment, schedule and API triggers. */
export function triggerEventName(graph: TJourneyGraph): string | null {
  const trigger = graph.nodes.find((node) => node.type === "trigger");
  return trigger?.type === "trigger" && trigger.data.source.kind === "event" ? trigger.data.source.event || null : null;
}
