import { db } from "../db/client";
import { asJson } from "../db/json";
import { parseInput } from "../http/parse-input";
import { getIdentitySettings } from "./get-identity-settings";
import { ZIdentityRules, type TIdentitySettings } from "./identity-rules";

/**
 * Replaces the workspace's identity rules: a priority order of the five identifier kinds and a
 * limit per kind. Invalid input is a 400 naming the field (`limits.email: must be at most
 * 10000`); nothing is written. The rules apply to events from the next write on; profiles and
 * merges already made stay as they are.
 */
export async function updateIdentityRules(workspaceId: string, input: unknown): Promise<TIdentitySettings> {
  const rules = parseInput(ZIdentityRules, input);
  const identityRules = asJson({ priority: rules.priority, limits: rules.limits });
  await db.workspaceSettings.upsert({ where: { workspaceId }, create: { workspaceId, identityRules }, update: { identityRules } });
  return getIdentitySettings(workspaceId);
}
