import type { Db } from "../db/client";
import type { TWorkspaceRules } from "../engine/types";
import { ZConsentPolicy, ZFrequencyCap, ZQuietHours } from "./workspace-rules-schema";
import { ZChannel } from "../journey/channels";

type TSettingsRow = { timezone: string; frequencyCaps: unknown; quietHours: unknown; consentPolicy: unknown };

/** No caps, no quiet hours, default consent policy, UTC: a workspace that never saved its rules. */
export const DEFAULT_WORKSPACE_RULES: TWorkspaceRules = { timezone: "UTC", frequencyCaps: [], quietHours: {}, consentPolicy: {} };

/**
 * Stored settings as engine rules. Each cap, quiet window and policy is re-validated on its own:
 * a damaged entry is dropped rather than failing every send of the workspace.
 */
export function workspaceRulesFromRow(row: TSettingsRow | null): TWorkspaceRules {
  if (!row) return DEFAULT_WORKSPACE_RULES;
  const caps = (Array.isArray(row.frequencyCaps) ? row.frequencyCaps : []).flatMap((cap) => {
    const parsed = ZFrequencyCap.safeParse(cap);
    return parsed.success ? [parsed.data] : [];
  });
  const quietHours: TWorkspaceRules["quietHours"] = {};
  for (const [channel, value] of Object.entries(asRecord(row.quietHours))) {
    const c = ZChannel.safeParse(channel);
    const q = ZQuietHours.safeParse(value);
    if (c.success && q.success) quietHours[c.data] = q.data;
  }
  const consentPolicy: TWorkspaceRules["consentPolicy"] = {};
  for (const [channel, value] of Object.entries(asRecord(row.consentPolicy))) {
    const c = ZChannel.safeParse(channel);
    const p = ZConsentPolicy.safeParse(value);
    if (c.success && p.success) consentPolicy[c.data] = p.data;
  }
  return { timezone: row.timezone || "UTC", frequencyCaps: caps, quietHours, consentPolicy };
}

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** The send-time rules of many workspaces in one query, keyed by workspace id (defaults when unset). */
export async function getWorkspaceRulesMany(db: Db, workspaceIds: readonly string[]): Promise<Map<string, TWorkspaceRules>> {
  const rows = await db.workspaceSettings.findMany({ where: { workspaceId: { in: [...new Set(workspaceIds)] } } });
  const byId = new Map(rows.map((row) => [row.workspaceId, workspaceRulesFromRow(row)]));
  return new Map(workspaceIds.map((id) => [id, byId.get(id) ?? DEFAULT_WORKSPACE_RULES]));
}

/** The workspace's send-time rules: frequency caps, quiet hours, consent policy, time zone. */
export async function getWorkspaceRules(db: Db, workspaceId: string): Promise<TWorkspaceRules> {
  return workspaceRulesFromRow(await db.workspaceSettings.findUnique({ where: { workspaceId } }));
}
