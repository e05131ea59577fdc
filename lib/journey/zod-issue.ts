import type { z } from "zod";

/** The first problem of a failed parse, as the API reports it: a dotted path and a sentence. */
export type TParseProblem = { path: string; message: string };

/**
 * The first zod issue with its path joined by dots (`nodes.2.data.duration.amount`). Zod reports
 * issues in document order, so "first" is the one nearest the top of the submitted JSON.
 */
export function firstZodProblem(error: z.ZodError): TParseProblem {
  const issue = error.issues[0];
  if (!issue) return { path: "", message: "invalid input" };
  return { path: issue.path.map(String).join("."), message: issue.message };
}
