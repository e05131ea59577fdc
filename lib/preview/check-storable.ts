import { invalid } from "../errors";
import { issuePath } from "../http/parse-input";
import { findJsonProblem } from "../profiles/find-json-problem";

/**
 * Refuses (400, naming the field) what no JSON column can hold and no walker should meet:
 * nesting deeper than ingestion accepts, a NUL character (PostgreSQL rejects it), an unpaired
 * surrogate. A preview's input may be saved as a case, and its traits are printed and walked.
 */
export function checkStorable(value: unknown, prefix?: string): void {
  const problem = findJsonProblem(value);
  if (!problem) return;
  const path = [prefix, issuePath(problem.path)].filter(Boolean).join(".");
  throw invalid(path || "body", problem.message);
}
