import type { TTraitAssignment } from "@/lib/journey/nodes/update-profile/schema";

export const ASSIGNMENT_VALUE_TYPES = ["string", "number", "boolean"] as const;
export type TAssignmentValueType = (typeof ASSIGNMENT_VALUE_TYPES)[number];

/** The type a stored value is shown as; null and missing values read as text. */
export function assignmentValueType(value: TTraitAssignment["value"]): TAssignmentValueType {
  return typeof value === "number" ? "number" : typeof value === "boolean" ? "boolean" : "string";
}

function convert(value: TTraitAssignment["value"], type: TAssignmentValueType): string | number | boolean {
  switch (type) {
    case "number": {
      const n = typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : Number.NaN;
      return Number.isFinite(n) ? n : 0;
    }
    case "boolean":
      return typeof value === "boolean" ? value : value === "true" || value === 1;
    case "string":
      return value === undefined || value === null ? "" : String(value);
  }
}

/**
 * The assignment after picking an operation, with the value made to fit it (the schema ties them
 * together): unset has no value, increment a number (1 unless one carries over), set and append
 * keep what they can.
 */
export function withAssignmentOp(assignment: TTraitAssignment, op: TTraitAssignment["op"]): TTraitAssignment {
  const { trait, value } = assignment;
  switch (op) {
    case "unset":
      return { trait, op };
    case "increment":
      return { trait, op, value: typeof value === "number" ? value : 1 };
    case "set":
    case "append":
      return { trait, op, value: value === undefined ? "" : value };
  }
}

/** The assignment with its value converted to `type` ("3" → 3, 1 → true). Unset and increment keep their shape. */
export function withAssignmentValueType(assignment: TTraitAssignment, type: TAssignmentValueType): TTraitAssignment {
  if (assignment.op === "unset" || assignment.op === "increment") return assignment;
  return { ...assignment, value: convert(assignment.value, type) };
}
