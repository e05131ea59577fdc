import type { TNodeDefinition, THandle } from "./nodes/node-definition";
import { branchNode } from "./nodes/branch";
import { exitNode } from "./nodes/exit";
import { messageNode } from "./nodes/message";
import { splitNode } from "./nodes/split";
import { suppressNode } from "./nodes/suppress";
import { triggerNode } from "./nodes/trigger";
import { updateProfileNode } from "./nodes/update-profile";
import { waitNode } from "./nodes/wait";
import { waitForEventNode } from "./nodes/wait-for-event";

/**
 * Every node type, keyed by its `type`. Adding a node type is adding its folder under `nodes/` and
 * one line here: the graph schema, palette, handles, summaries and validation all read this map.
 * Key order is palette order.
 */
export const nodeRegistry = {
  trigger: triggerNode,
  wait: waitNode,
  waitForEvent: waitForEventNode,
  branch: branchNode,
  split: splitNode,
  message: messageNode,
  suppress: suppressNode,
  updateProfile: updateProfileNode,
  exit: exitNode,
} as const satisfies Record<string, TNodeDefinition>;

export type TNodeRegistry = typeof nodeRegistry;
export type TNodeType = keyof TNodeRegistry;

/** Whether `type` names a registered node type (own keys only: "constructor" is not a node type). */
export function isNodeType(type: unknown): type is TNodeType {
  return typeof type === "string" && Object.prototype.hasOwnProperty.call(nodeRegistry, type);
}

/**
 * The definition for a type, typed loosely so it can be applied to any node's data; `undefined`
 * for unknown types.
 */
export function getNodeDefinition(type: string): TNodeDefinition | undefined {
  return isNodeType(type) ? nodeRegistry[type] : undefined;
}

/** Outgoing handles of a parsed node, in display order. */
export function nodeHandles(node: { type: string; data: unknown }): THandle[] {
  return getNodeDefinition(node.type)?.handles(node.data) ?? [];
}

/** Canvas-card summary of a parsed node. */
export function summarizeNode(node: { type: string; data: unknown }): string {
  return getNodeDefinition(node.type)?.summarize(node.data) ?? "";
}

/**
 * Handles of a node that may not have been parsed: `undefined` when its type is unknown or its data
 * does not fit the type's schema, so callers can tell "no handles" from "cannot know".
 */
export function safeNodeHandles(node: { type?: unknown; data?: unknown }): THandle[] | undefined {
  if (!isNodeType(node.type)) return undefined;
  const data = node.data;
  const cached = typeof data === "object" && data !== null ? handlesCache.get(data) : undefined;
  if (cached && cached.type === node.type) return cached.handles;
  const definition: TNodeDefinition = nodeRegistry[node.type];
  const parsed = definition.dataSchema.safeParse(data);
  const handles = parsed.success ? definition.handles(parsed.data) : undefined;
  if (typeof data === "object" && data !== null) handlesCache.set(data, { type: node.type, handles });
  return handles;
}

// The editor keeps unchanged node data as the same objects between edits, and validation asks for
// handles once per node and once per edge: remembering the answer per data object makes a
// re-check after one edit cost one parse instead of hundreds. Graph data is never mutated in place.
const handlesCache = new WeakMap<object, { type: string; handles: THandle[] | undefined }>();

export type { TNodeDefinition, THandle, TNodeCategory, TNodeValidationContext } from "./nodes/node-definition";
