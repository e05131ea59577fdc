import { findIntegrityProblems, type TIntegrityProblem } from "../integrity";
import type { TValidationIssue } from "./types";

const FIXES: Record<TIntegrityProblem["code"], string> = {
  "duplicate-node-id": "Delete one of the two steps and add it again.",
  "duplicate-edge-id": "Delete one of the two connections and draw it again.",
  "edge-source-missing": "Delete the connection.",
  "edge-target-missing": "Delete the connection, or reconnect it to an existing step.",
  "edge-self-loop": "Connect the step to another step; loop back through a wait instead.",
  "edge-unknown-handle": "Delete the connection and draw it from one of the step's outputs.",
  "handle-multiple-edges": "Keep one connection per output; use a split or branch to fan out.",
};

/** How nodes and edges fit together (the same checks `parseGraph` makes), as issues. */
export function checkGraphIntegrity(graph: unknown): TValidationIssue[] {
  const root = typeof graph === "object" && graph !== null ? (graph as { nodes?: unknown; edges?: unknown }) : {};
  return findIntegrityProblems(root).map((problem) => ({
    ...(problem.nodeId === undefined ? {} : { nodeId: problem.nodeId }),
    ...(problem.edgeId === undefined ? {} : { edgeId: problem.edgeId }),
    severity: "error",
    code: problem.code,
    message: `${problem.message.charAt(0).toUpperCase()}${problem.message.slice(1)}.`,
    fix: FIXES[problem.code],
  }));
}
