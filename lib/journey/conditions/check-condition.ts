import { flattenCondition } from "./walk-condition";
import type { TCondition } from "./schema";

export type TConditionProblem = { severity: "error" | "warning"; message: string; fix: string };

export type TCheckConditionOptions = {
  /** When given, segment conditions must name one of these. */
  segments?: readonly { id: string; name?: string }[];
};

function checkOne(c: TCondition, options: TCheckConditionOptions): TConditionProblem[] {
  switch (c.kind) {
    case "all":
    case "any":
      return c.conditions.length > 0
        ? []
        : [
            {
              severity: "warning",
              message: c.kind === "all" ? "An empty \"all\" group always matches." : "An empty \"any\" group never matches.",
              fix: "Add a rule to the group, or remove the group.",
            },
          ];
    case "not":
      return [];
    case "trait":
      return checkComparison("trait", c.path, c.op, c.value);
    case "event": {
      const problems: TConditionProblem[] = [];
      if (c.name.trim() === "") problems.push({ severity: "error", message: "An event rule has no event name.", fix: "Choose the event to count." });
      for (const filter of c.where ?? []) problems.push(...checkComparison("event property", filter.path, filter.op, filter.value));
      return problems;
    }
    case "engagement":
      return c.nodeId.trim() === ""
        ? [{ severity: "error", message: "A message engagement rule names no message step.", fix: "Choose an earlier message step." }]
        : [];
    case "consent":
      return [];
    case "segment":
      return checkSegment(c.segmentId, options);
  }
}

function checkComparison(what: string, path: string, op: string, value: unknown): TConditionProblem[] {
  const problems: TConditionProblem[] = [];
  if (path.trim() === "") problems.push({ severity: "error", message: `A ${what} rule has no ${what} chosen.`, fix: `Choose the ${what} to compare.` });
  if (op === "in" && Array.isArray(value) && value.length === 0) {
    problems.push({ severity: "error", message: `The ${what} rule on "${path}" lists no values.`, fix: "Add at least one value to the list." });
  }
  if ((op === "before" || op === "after") && typeof value === "string" && Number.isNaN(Date.parse(value))) {
    problems.push({ severity: "error", message: `The ${what} rule on "${path}" compares with "${value}", which is not a date.`, fix: "Enter a date such as 2025-01-31." });
  }
  return problems;
}

/**
 * Problems in a condition tree that the schema lets through so drafts can be saved: blank names,
 * empty lists, unknown segments. Returns sentences ready for the validation panel.
 */
export function checkCondition(condition: TCondition, options: TCheckConditionOptions = {}): TConditionProblem[] {
  return flattenCondition(condition).flatMap((c) => checkOne(c, options));
}

/** A segment reference: set, and (when the workspace's segments are known) existing. */
export function checkSegment(segmentId: string, options: TCheckConditionOptions): TConditionProblem[] {
  if (segmentId.trim() === "") return [{ severity: "error", message: "No segment is chosen.", fix: "Choose a segment." }];
  if (options.segments && !options.segments.some((s) => s.id === segmentId)) {
    return [{ severity: "error", message: `Segment "${segmentId}" does not exist.`, fix: "Choose an existing segment, or create it first." }];
  }
  return [];
}
