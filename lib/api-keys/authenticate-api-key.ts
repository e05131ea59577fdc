import { db } from "../db/client";
import type { TPrincipal } from "../auth/principal";
import { ZRole } from "../auth/roles";
import { hashApiKey } from "./hash-api-key";

/**
 * The principal for a management key, or null when the key is unknown, revoked or a write
 * key (write keys only feed ingestion).
 */
export async function authenticateManagementKey(key: string): Promise<TPrincipal | null> {
  const row = await db.apiKey.findUnique({ where: { keyHash: hashApiKey(key) } });
  if (!row || row.revokedAt || row.kind !== "management") return null;
  const role = ZRole.safeParse(row.role);
  if (!role.success) return null;
  // Last-used is a hint for humans; once a minute is precise enough and spares a write per call.
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await db.apiKey.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  }
  return { kind: "apiKey", workspaceId: row.workspaceId, role: role.data, userId: row.createdById, apiKeyId: row.id };
}
