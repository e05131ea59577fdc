/**
 * Reading an imported journey file. Accepts what export writes (`{ name, graph, settings,
 * testCases? }`) and a
 * bare graph (`{ nodes, edges }`); every graph goes through `parseGraph`, the same check the save
 * endpoint applies, so an import that passes here also saves.
 */
import type { TJourneyGraph } from "@/lib/journey/graph";
import { parseGraph } from "@/lib/journey/parse-graph";
import { parseJourneySettings, type TJourneySettings } from "@/lib/journey/settings";
import { PREVIEW_LIMITS, ZTestCaseExport, type TTestCaseExport } from "@/lib/preview/preview-schemas";

export type TImportResult =
  | { ok: true; graph: TJourneyGraph; settings?: TJourneySettings; name?: string; testCases?: TTestCaseExport[] }
  | { ok: false; path: string; message: string };

/** What an export file holds; `testCases` are the journey's saved preview cases (they travel with it). */
export type TJourneyExport = { name: string; graph: TJourneyGraph; settings: TJourneySettings; testCases?: TTestCaseExport[] };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

function problem(path: string, message: string): TImportResult {
  return { ok: false, path, message };
}

/**
 * Parses pasted or uploaded JSON. Graph problems carry graph-relative paths (`nodes.3.type`),
 * settings problems `settings.…`; nothing is returned to apply unless everything is valid.
 */
export function parseImport(text: string): TImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return problem("", `not valid JSON (${error instanceof Error ? error.message : "unreadable"})`);
  }
  if (!isRecord(json)) return problem("", "expected a journey export { name, graph, settings } or a graph { nodes, edges }");
  const wrapped = "graph" in json;
  const graphInput = wrapped ? json.graph : json;
  if (!isRecord(graphInput)) return problem("graph", "expected an object with nodes and edges");
  const graph = parseGraph(graphInput);
  if (!graph.ok) return problem(graph.path, graph.message);
  if (!wrapped) return { ok: true, graph: graph.graph };
  let settings: TJourneySettings | undefined;
  if (json.settings !== undefined) {
    const parsed = parseJourneySettings(json.settings);
    if (!parsed.ok) return problem(parsed.path ? `settings.${parsed.path}` : "settings", parsed.message);
    settings = parsed.settings;
  }
  let testCases: TTestCaseExport[] | undefined;
  if (json.testCases !== undefined) {
    const parsed = ZTestCaseExport.array().max(PREVIEW_LIMITS.maxCases, `at most ${PREVIEW_LIMITS.maxCases} test cases`).safeParse(json.testCases);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return problem(["testCases", ...(issue?.path ?? []).map(String)].join("."), issue?.message ?? "not a list of test cases");
    }
    testCases = parsed.data;
  }
  const name = typeof json.name === "string" && json.name.trim() ? json.name.trim() : undefined;
  return { ok: true, graph: graph.graph, ...(settings && { settings }), ...(name !== undefined && { name }), ...(testCases && { testCases }) };
}

/** `path: message`, as the editor shows an import problem. */
export function describeImportProblem(result: Extract<TImportResult, { ok: false }>): string {
  return result.path ? `${result.path}: ${result.message}` : result.message;
}
