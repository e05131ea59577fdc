import { db } from "../db/client";
import { DROP_REASONS, type TDropReason } from "./describe-dropped-identifier";
import { DEFAULT_IDENTITY_RULES, identityRulesFromJson, type TIdentityRules, type TIdentitySettings } from "./identity-rules";

const plain = (rules: TIdentityRules) => ({ priority: [...rules.priority], limits: { ...rules.limits } });

/** The workspace's identity rules (the defaults until saved), the defaults, and how many identifiers were dropped for each reason. */
export async function getIdentitySettings(workspaceId: string): Promise<TIdentitySettings> {
  const [settings, counts] = await Promise.all([
    db.workspaceSettings.findUnique({ where: { workspaceId }, select: { identityRules: true } }),
    db.droppedIdentifier.groupBy({ by: ["reason"], where: { workspaceId }, _count: { _all: true } }),
  ]);
  const dropped = Object.fromEntries(DROP_REASONS.map((reason) => [reason, 0])) as Record<TDropReason, number>;
  for (const row of counts) if ((DROP_REASONS as readonly string[]).includes(row.reason)) dropped[row.reason as TDropReason] = row._count._all;
  return { rules: plain(identityRulesFromJson(settings?.identityRules ?? {})), defaults: plain(DEFAULT_IDENTITY_RULES), dropped };
}
