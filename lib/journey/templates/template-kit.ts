import type { TChannel } from "../channels";
import type { TTemplateContentFor } from "../../channels/template-content";
import type { TCondition } from "../conditions/schema";
import type { TDuration } from "../duration";
import type { TJourneyEdge, TJourneyGraph, TJourneyNode, TNodeOfType } from "../graph";
import { layoutGraph } from "../layout";
import type { TMessageData } from "../nodes/message/schema";
import type { TNodeType } from "../registry";
import type { TJourneySettings } from "../settings";

/** A message a template needs; message nodes refer to it as `templateId: "$<key>"`. */
export type TJourneyTemplateMessage = {
  [C in TChannel]: { key: string; name: string; channel: C; content: TTemplateContentFor<C> };
}[TChannel];

/** A segment a template needs; triggers and conditions refer to it as `segmentId: "$<key>"`. */
export type TJourneyTemplateSegment = { key: string; name: string; description: string; definition: TCondition };

/** A ready-made journey: graph, settings and the messages (and segments) to create with it. */
export type TJourneyTemplate = {
  id: string;
  name: string;
  description: string;
  /** The orchestration pattern it demonstrates: cascade, reinforcement, channel-switch, … */
  pattern: string;
  settings: TJourneySettings;
  graph: TJourneyGraph;
  messages: TJourneyTemplateMessage[];
  segments?: TJourneyTemplateSegment[];
};

/** A node with readable id and explicit data; the position comes from the layout. */
export function step<T extends TNodeType>(id: string, type: T, data: TNodeOfType<T>["data"]): TNodeOfType<T> {
  // Correlated generics: `data` is typed by `type`, which TS cannot carry into the object literal.
  return { id, type, position: { x: 0, y: 0 }, data } as TNodeOfType<T>;
}

/** A message node on `channel` using the template message `key`, house rules on. */
export function send(id: string, channel: TMessageData["channel"], key: string, overrides: Partial<TMessageData> = {}): TNodeOfType<"message"> {
  return step(id, "message", { channel, templateId: `$${key}`, onSkip: "skip", respectQuietHours: true, frequencyCapExempt: false, ...overrides });
}

export function pause(id: string, amount: number, unit: TDuration["unit"]): TNodeOfType<"wait"> {
  return step(id, "wait", { mode: "duration", duration: { amount, unit } });
}

export function exit(id: string, reason: string): TNodeOfType<"exit"> {
  return step(id, "exit", { reason });
}

/** An edge with a readable id derived from its source handle (unique, as handles take one edge). */
export function link(source: string, handle: string, target: string): TJourneyEdge {
  return { id: `${source}--${handle}`, source, sourceHandle: handle, target };
}

/** Both outputs of a message step: `next`, and `skipped` (to the same step unless told otherwise). */
export function sendLinks(source: string, next: string, skipped: string = next): TJourneyEdge[] {
  return [link(source, "next", next), link(source, "skipped", skipped)];
}

/** A template from its parts, laid out top to bottom. */
export function defineJourneyTemplate(
  template: Omit<TJourneyTemplate, "graph"> & { nodes: TJourneyNode[]; edges: TJourneyEdge[] },
): TJourneyTemplate {
  const { nodes, edges, ...rest } = template;
  return { ...rest, graph: layoutGraph({ nodes, edges }) };
}
