import { getNodeDefinition } from "../journey/registry";

/**
 * A readable name for every node of a stored graph, keyed by node id: the node type's label and
 * its card summary ("Message · Email · template set", or just "Wait 24 hours" when the summary
 * names the type), the id when the node type is unknown (an old version).
 */
export function describeJourneyNodes(graph: unknown): Map<string, string> {
  const labels = new Map<string, string>();
  const nodes = graph && typeof graph === "object" && Array.isArray((graph as { nodes?: unknown }).nodes) ? (graph as { nodes: unknown[] }).nodes : [];
  for (const node of nodes) {
    if (!node || typeof node !== "object") continue;
    const { id, type, data } = node as { id?: unknown; type?: unknown; data?: unknown };
    if (typeof id !== "string") continue;
    const definition = typeof type === "string" ? getNodeDefinition(type) : undefined;
    const parsed = definition?.dataSchema.safeParse(data);
    const summary = definition && parsed?.success ? definition.summarize(parsed.data) : "";
    // "Wait 12 hours" rather than "Wait · Wait 12 hours" when the summary already names the type.
    const named = summary.toLowerCase().startsWith(definition?.label.toLowerCase() ?? "\u0000");
    labels.set(id, !definition ? id : named ? summary : [definition.label, summary].filter(Boolean).join(" · "));
  }
  return labels;
}
