import { ZJourneyGraph, type TJourneyGraph } from "./graph";
import { findIntegrityProblems } from "./integrity";
import { firstZodProblem } from "./zod-issue";

export type TParseGraphResult = { ok: true; graph: TJourneyGraph } | { ok: false; path: string; message: string };

/**
 * JSON nesting allowed in a graph. A real journey stays far below it (a condition tree 30 groups
 * deep is about 70 levels); the bound keeps every recursive reader of the graph (zod, the
 * condition describer, the engine) safe from stack exhaustion on crafted input.
 */
export const MAX_GRAPH_DEPTH = 80;

/** The path of the first value nested deeper than `max`, found without recursion. */
function tooDeepPath(input: unknown, max: number): string | undefined {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: input, path: [] }];
  while (stack.length > 0) {
    const item = stack.pop();
    if (!item || typeof item.value !== "object" || item.value === null) continue;
    if (item.path.length >= max) return item.path.join(".");
    const entries: [string | number, unknown][] = Array.isArray(item.value) ? item.value.map((v, i) => [i, v]) : Object.entries(item.value);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, value] = entries[i] ?? ["", undefined];
      stack.push({ value, path: [...item.path, key] });
    }
  }
  return undefined;
}

/**
 * A stored or submitted graph, checked in two steps: the zod schema (shapes, per-type data), then
 * integrity (unique ids, edges between existing nodes through real handles, no self-loops, one
 * edge per handle). On failure, `path` locates the first problem, e.g. `nodes.2.data.duration.amount`
 * or `edges.0.target`. Never throws: this is what the save endpoint answers 400 with.
 */
export function parseGraph(input: unknown): TParseGraphResult {
  const deep = tooDeepPath(input, MAX_GRAPH_DEPTH);
  if (deep !== undefined) return { ok: false, path: deep, message: `nested more than ${MAX_GRAPH_DEPTH} levels deep` };
  let parsed: ReturnType<typeof ZJourneyGraph.safeParse>;
  try {
    parsed = ZJourneyGraph.safeParse(input);
  } catch {
    // Nothing known reaches this; it stands between a zod surprise and a 500 on the save path.
    return { ok: false, path: "", message: "the graph could not be read" };
  }
  if (!parsed.success) return { ok: false, ...firstZodProblem(parsed.error) };
  const [problem] = findIntegrityProblems(parsed.data);
  if (problem) return { ok: false, path: problem.path, message: problem.message };
  return { ok: true, graph: parsed.data };
}
