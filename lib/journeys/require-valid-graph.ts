import { invalid } from "../errors";
import type { TJourneyGraph } from "../journey/graph";
import { parseGraph } from "../journey/parse-graph";

/** The parsed graph, or an "invalid" error naming the zod path of the first problem under `graph.`. */
export function requireValidGraph(input: unknown): TJourneyGraph {
  const parsed = parseGraph(input);
  if (!parsed.ok) throw invalid(parsed.path ? `graph.${parsed.path}` : "graph", parsed.message);
  return parsed.graph;
}
