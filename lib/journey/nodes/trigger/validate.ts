import { checkCondition, checkSegment } from "../../conditions/check-condition";
import { conditionIssues, nodeIssue } from "../../validation/issue";
import type { TValidationIssue } from "../../validation/types";
import type { TNodeValidationContext } from "../node-definition";
import type { TTriggerNode } from "./schema";
import { isValidCron, isValidTimeZone } from "./schedule-rules";

/** The trigger names its event or segment, and a schedule is a real cron in a real time zone. */
export function validateTrigger(node: TTriggerNode, ctx: TNodeValidationContext): TValidationIssue[] {
  const issues: TValidationIssue[] = [];
  const segments = { segments: ctx.options.segments };
  const source = node.data.source;
  switch (source.kind) {
    case "event":
      if (source.event.trim() === "") {
        issues.push(nodeIssue(node.id, "error", "trigger-event-missing", "The trigger has no event.", "Choose the event that enrols profiles."));
      }
      if (source.where) issues.push(...conditionIssues(node.id, "Trigger filter", checkCondition(source.where, segments)));
      break;
    case "segmentEntry":
      issues.push(...conditionIssues(node.id, "Trigger segment", checkSegment(source.segmentId, segments)));
      break;
    case "schedule":
      if (!isValidCron(source.cron)) {
        issues.push(
          nodeIssue(node.id, "error", "trigger-cron-invalid", `"${source.cron}" is not a valid schedule.`, "Use five cron fields, e.g. \"0 9 * * 1\" for Mondays at 09:00."),
        );
      }
      if (!isValidTimeZone(source.timezone)) {
        issues.push(
          nodeIssue(node.id, "error", "trigger-timezone-invalid", `"${source.timezone}" is not a known time zone.`, "Pick an IANA time zone such as Europe/Paris or UTC."),
        );
      }
      if (source.audienceSegmentId !== undefined) {
        issues.push(...conditionIssues(node.id, "Schedule audience", checkSegment(source.audienceSegmentId, segments)));
      }
      break;
    case "api":
      break;
  }
  if (node.data.entryLimit && node.data.reentry === "never" && node.data.entryLimit.max > 1) {
    issues.push(
      nodeIssue(node.id, "warning", "trigger-entry-limit-unused", "The entry limit allows several entries, but re-entry is off.", "Allow re-entry, or remove the entry limit."),
    );
  }
  return issues;
}
