import type { Db } from "../db/client";
import type { TJourneyVersion } from "../engine/types";
import { ZJourneyEdge, ZJourneyNode, type TJourneyEdge, type TJourneyGraph, type TJourneyNode } from "../journey/graph";
import { parseGraph } from "../journey/parse-graph";
import { ZPosition } from "../journey/nodes/node-schema";
import { nodeHandles } from "../journey/registry";
import { defaultJourneySettings, parseJourneySettings } from "../journey/settings";
import type { TValidationIssue } from "../journey/validate";
import { checkJourney, loadWorkspaceRefs } from "../journeys/check-journey";
import { invalid } from "../errors";
import { describeJourneyNodes } from "../profiles/describe-journey-nodes";
import type { TPreviewVersion } from "./preview-schemas";

/** Prefix of the stand-in exit reason put where a broken step was: the path stops there. */
export const BROKEN_STEP_MARK = "\u0000broken:";

/**
 * Issues a path can run through: an open output ends the run in a dead end (reported as the
 * issue when the path takes it), unreachable steps are never reached, and the engine bounds
 * loops itself. Every other error on a step stops the path at that step.
 */
const PATH_SURVIVES = new Set(["handle-unconnected", "node-unreachable", "path-without-exit", "cycle-without-wait"]);

export type TPreviewJourney = { id: string; name: string; status: string; liveVersionId: string | null };

export type TLoadedPreviewVersion = {
  kind: "draft" | "published";
  number: number | null;
  /** What the engine runs: the graph with broken steps replaced by stand-in exits. */
  version: TJourneyVersion;
  /** Readable names of every step ("Wait 24 hours"), by id, from the graph as stored. */
  labels: Map<string, string>;
  /** Why each broken step cannot run, by id ("The message has no template. Choose an Email template."). */
  broken: Map<string, string>;
  /** Open outputs, by `node:handle`, with the validation sentence, for dead ends the path meets. */
  openHandles: Map<string, string>;
  /** Set when nothing can run at all (settings or the whole graph unreadable). */
  unusable?: string;
  messageNodeIds: Set<string>;
};

const sentence = (issue: Pick<TValidationIssue, "message" | "fix">) => [issue.message, issue.fix].filter(Boolean).join(" ");

/** A stand-in exit where a step was broken: the engine stops there and the preview says why. */
function standIn(node: { id: string; position?: unknown }): TJourneyNode {
  const position = ZPosition.safeParse(node.position);
  return { id: node.id, type: "exit", position: position.success ? position.data : { x: 0, y: 0 }, data: { reason: `${BROKEN_STEP_MARK}${node.id}` } };
}

/**
 * A stored graph read step by step: steps that parse are kept, the others become stand-ins
 * (with the parse problem as their reason), edges are kept where both ends and the handle exist.
 */
function salvageGraph(stored: unknown, broken: Map<string, string>): TJourneyGraph {
  const raw = stored && typeof stored === "object" ? (stored as { nodes?: unknown; edges?: unknown }) : {};
  const nodes: TJourneyNode[] = [];
  (Array.isArray(raw.nodes) ? raw.nodes : []).forEach((value: unknown, i: number) => {
    const parsed = ZJourneyNode.safeParse(value);
    if (parsed.success && !nodes.some((n) => n.id === parsed.data.id)) return void nodes.push(parsed.data);
    const id = value && typeof value === "object" && typeof (value as { id?: unknown }).id === "string" ? (value as { id: string }).id : null;
    if (id === null || nodes.some((n) => n.id === id)) return;
    const issue = parsed.success ? undefined : parsed.error.issues[0];
    const problem = parsed.success ? "its id is used twice" : `${issue?.path.length ? `${issue.path.join(".")}: ` : ""}${issue?.message ?? "invalid"}`;
    broken.set(id, `Step ${i + 1} cannot be read (${problem}). Open it in the editor and set it again.`);
    nodes.push(standIn(value as { id: string; position?: unknown }));
  });
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges: TJourneyEdge[] = [];
  for (const value of Array.isArray(raw.edges) ? raw.edges : []) {
    const edge = ZJourneyEdge.safeParse(value);
    const source = edge.success ? byId.get(edge.data.source) : undefined;
    if (!edge.success || !source || !byId.has(edge.data.target) || edge.data.source === edge.data.target) continue;
    if (!nodeHandles(source).some((h) => h.id === edge.data.sourceHandle) || edges.some((e) => e.source === edge.data.source && e.sourceHandle === edge.data.sourceHandle)) continue;
    edges.push(edge.data);
  }
  return { nodes, edges };
}

/** The draft as the preview runs it: parsed as far as it goes, each step with a blocking error replaced by a stand-in. */
async function loadDraft(db: Db, workspaceId: string, draft: unknown, storedSettings: unknown): Promise<TLoadedPreviewVersion> {
  const broken = new Map<string, string>();
  const openHandles = new Map<string, string>();
  const parsed = parseGraph(draft);
  const graph = parsed.ok ? parsed.graph : salvageGraph(draft, broken);
  const settings = parseJourneySettings(storedSettings);
  const { issues } = checkJourney(graph, settings.ok ? settings.settings : {}, await loadWorkspaceRefs(workspaceId, db));
  for (const issue of issues) {
    if (issue.severity !== "error" || !issue.nodeId) continue;
    if (issue.code === "handle-unconnected") openHandles.set(issue.nodeId, sentence(issue));
    else if (!PATH_SURVIVES.has(issue.code) && !broken.has(issue.nodeId)) broken.set(issue.nodeId, sentence(issue));
  }
  const nodes = graph.nodes.map((node) => (broken.has(node.id) ? standIn(node) : node));
  const edges = graph.edges.filter((e) => !broken.has(e.source));
  const unusable = settings.ok ? undefined : `The journey settings cannot be read (${settings.path ? `${settings.path}: ` : ""}${settings.message}). Open the journey settings and correct them.`;
  return {
    kind: "draft",
    number: null,
    version: { id: "draft", graph: { nodes, edges }, settings: settings.ok ? settings.settings : defaultJourneySettings() },
    labels: describeJourneyNodes(draft),
    broken,
    openHandles,
    ...(unusable ? { unusable } : {}),
    messageNodeIds: new Set(graph.nodes.filter((n) => n.type === "message").map((n) => n.id)),
  };
}

/**
 * The version a preview runs: the draft (even with validation errors: each step with a blocking
 * error becomes a stand-in exit, so the path stops there with the error as its reason) or a
 * published version by number (400 naming `version` when there is no such version).
 */
export async function loadPreviewVersion(db: Db, workspaceId: string, journey: TPreviewJourney & { draft: unknown; settings: unknown }, which: TPreviewVersion, path = "version"): Promise<TLoadedPreviewVersion> {
  if (which === "draft") return loadDraft(db, workspaceId, journey.draft, journey.settings);
  const row = await db.journeyVersion.findFirst({ where: { workspaceId, journeyId: journey.id, version: which }, select: { id: true, version: true, graph: true, settings: true } });
  if (!row) throw invalid(path, `journey ${journey.id} has no published version ${which}`);
  const graph = parseGraph(row.graph);
  const settings = parseJourneySettings(row.settings);
  const unusable = !graph.ok ? `Version ${row.version}'s graph is damaged (${graph.path}: ${graph.message}).` : !settings.ok ? `Version ${row.version}'s settings are damaged (${settings.path}: ${settings.message}).` : undefined;
  return {
    kind: "published",
    number: row.version,
    version: { id: row.id, graph: graph.ok ? graph.graph : { nodes: [], edges: [] }, settings: settings.ok ? settings.settings : defaultJourneySettings() },
    labels: describeJourneyNodes(row.graph),
    broken: new Map(),
    openHandles: new Map(),
    ...(unusable ? { unusable } : {}),
    messageNodeIds: new Set((graph.ok ? graph.graph.nodes : []).filter((n) => n.type === "message").map((n) => n.id)),
  };
}
