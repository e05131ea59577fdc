import { invalid } from "../errors";
import { checkCondition } from "../journey/conditions/check-condition";
import { MAX_CONDITION_DEPTH } from "../journey/conditions/walk-condition";
import { ZCondition, type TCondition } from "../journey/conditions/schema";
import { parseInput } from "../http/parse-input";
import type { TSegmentDb } from "./load-segment-contexts";
import { findSegmentCycle } from "./order-segments";
import { definitionFacts } from "./definition-facts";

/** Every condition of a tree with its dotted path below `prefix` (zod's own path shape). */
export function conditionsWithPaths(condition: TCondition, prefix = "definition"): { path: string; condition: TCondition }[] {
  const out: { path: string; condition: TCondition }[] = [];
  const visit = (c: TCondition, path: string, depth: number) => {
    if (depth > MAX_CONDITION_DEPTH) return;
    out.push({ path, condition: c });
    if (c.kind === "all" || c.kind === "any") c.conditions.forEach((child, i) => visit(child, `${path}.conditions.${i}`, depth + 1));
    else if (c.kind === "not") visit(c.condition, `${path}.condition`, depth + 1);
  };
  visit(condition, prefix, 0);
  return out;
}

/**
 * A segment definition that can be saved: a condition tree (zod), no message-engagement rules
 * (they only mean something inside a journey), complete rules (a trait, an event name, a list
 * with values), and segment references that exist in the workspace, are not archived and form no
 * cycle, itself included. Every refusal is a 400 naming the path, e.g.
 * `definition.conditions.1.segmentId: …`.
 */
export async function validateSegmentDefinition(client: TSegmentDb, workspaceId: string, raw: unknown, segmentId: string | null): Promise<TCondition> {
  const definition = parseInput(ZCondition, raw, "definition");
  const entries = conditionsWithPaths(definition);
  for (const { path, condition } of entries) {
    if (condition.kind === "engagement") {
      throw invalid(path, "message engagement rules only mean something inside a journey; a segment cannot use them");
    }
    if (condition.kind === "all" || condition.kind === "any" || condition.kind === "not" || condition.kind === "segment") continue;
    const error = checkCondition(condition).find((p) => p.severity === "error");
    if (error) throw invalid(path, `${error.message} ${error.fix}`);
  }
  const refs = entries.flatMap(({ path, condition }) => (condition.kind === "segment" ? [{ path, id: condition.segmentId }] : []));
  if (refs.length === 0) return definition;
  const others = await client.segment.findMany({ where: { workspaceId }, select: { id: true, name: true, definition: true, archivedAt: true } });
  const byId = new Map(others.map((s) => [s.id, s]));
  for (const ref of refs) {
    if (ref.id.trim() === "") throw invalid(`${ref.path}.segmentId`, "choose a segment");
    const target = byId.get(ref.id);
    if (!target) throw invalid(`${ref.path}.segmentId`, `segment "${ref.id}" does not exist in this workspace`);
    if (target.archivedAt) throw invalid(`${ref.path}.segmentId`, `segment "${target.name}" is archived`);
  }
  const self = segmentId ?? "__new__";
  const nodes = others
    .filter((s) => s.id !== self)
    .map((s) => {
      const parsed = ZCondition.safeParse(s.definition);
      return { id: s.id, refs: parsed.success ? definitionFacts(parsed.data).segmentRefs : new Set<string>() };
    });
  nodes.push({ id: self, refs: new Set(refs.map((r) => r.id)) });
  const cycle = findSegmentCycle(nodes);
  if (cycle && cycle.includes(self)) {
    const name = (id: string) => (id === self ? "this segment" : `"${byId.get(id)?.name ?? id}"`);
    const start = cycle.indexOf(self);
    const loop = [...cycle.slice(start, -1), ...cycle.slice(0, start), self];
    const first = refs.find((r) => r.id === loop[1]) ?? refs[0];
    throw invalid(`${first?.path ?? "definition"}.segmentId`, `segments cannot read each other in a circle: ${loop.map(name).join(" → ")}`);
  }
  return definition;
}
