import { durationToMs } from "../../duration";
import { nodeIssue } from "../../validation/issue";
import type { TValidationIssue } from "../../validation/types";
import type { TNodeValidationContext } from "../node-definition";
import type { TWaitNode } from "./schema";

const YEAR_MS = 365 * 86_400_000;

/** A wait must actually wait; a wait of more than a year is almost always a typo (minutes vs weeks). */
export function validateWait(node: TWaitNode, _ctx: TNodeValidationContext): TValidationIssue[] {
  if (node.data.mode !== "duration") return [];
  const ms = durationToMs(node.data.duration);
  if (!(ms > 0)) {
    return [nodeIssue(node.id, "error", "wait-duration-invalid", "The wait lasts no time.", "Enter a duration greater than zero.")];
  }
  if (ms > YEAR_MS) {
    return [nodeIssue(node.id, "warning", "wait-duration-long", "This wait is longer than a year.", "Check the amount and unit.")];
  }
  return [];
}
