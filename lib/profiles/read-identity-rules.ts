import { sqliteStatementsIn } from "../db/transaction-statements";
import { identityRulesFromJson, type TIdentityRules } from "./identity-rules";
import type { TTx } from "./run-write-transaction";

/**
 * The workspace's identity rules read inside a write transaction, for writes that did not bring
 * them (a profile import; requests carry the ones their write key's authentication read).
 */
export async function readIdentityRules(tx: TTx, workspaceId: string): Promise<TIdentityRules> {
  const sqlite = sqliteStatementsIn(tx);
  const rows = sqlite
    ? sqlite.all<{ identityRules: unknown }>(`SELECT "identityRules" FROM "WorkspaceSettings" WHERE "workspaceId" = ?`, [workspaceId])
    : await tx.$queryRaw<{ identityRules: unknown }[]>`SELECT "identityRules" FROM "WorkspaceSettings" WHERE "workspaceId" = ${workspaceId}`;
  return identityRulesFromJson(rows[0]?.identityRules ?? {});
}
