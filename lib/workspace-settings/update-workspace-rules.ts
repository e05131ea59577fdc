import type { Db } from "../db/client";
import { asJson } from "../db/json";
import type { TWorkspaceRules } from "../engine/types";
import { parseInput } from "../http/parse-input";
import { workspaceRulesFromRow } from "./get-workspace-rules";
import { ZWorkspaceRulesInput } from "./workspace-rules-schema";

/**
 * Replaces the workspace's frequency caps and quiet hours (and the consent policy when given).
 * Invalid input is a 400 naming the field (`frequencyCaps.0.max: must be at least 1`); nothing is
 * written. Time zone and region stay as they are.
 */
export async function updateWorkspaceRules(db: Db, workspaceId: string, input: unknown): Promise<TWorkspaceRules> {
  const rules = parseInput(ZWorkspaceRulesInput, input);
  const data = {
    frequencyCaps: asJson(rules.frequencyCaps),
    quietHours: asJson(rules.quietHours),
    ...(rules.consentPolicy ? { consentPolicy: asJson(rules.consentPolicy) } : {}),
  };
  const row = await db.workspaceSettings.upsert({ where: { workspaceId }, create: { workspaceId, ...data }, update: data });
  return workspaceRulesFromRow(row);
}
