import { db } from "../db/client";
import { notFound } from "../errors";
import { toApiKeySummary } from "./api-key-dto";
import type { TApiKeySummary } from "./api-key-schemas";

/**
 * Revokes a key at once: the next request made with it gets 401. Revoking twice keeps the first
 * revocation time. The row stays, so the Sources page keeps the key's history.
 */
export async function revokeApiKey(workspaceId: string, id: string): Promise<TApiKeySummary> {
  const row = await db.apiKey.findFirst({ where: { id, workspaceId } });
  if (!row) throw notFound("API key");
  if (row.revokedAt) return toApiKeySummary(row);
  // updateMany with revokedAt: null keeps a concurrent revoke from moving the time
  await db.apiKey.updateMany({ where: { id, workspaceId, revokedAt: null }, data: { revokedAt: new Date() } });
  return toApiKeySummary(await db.apiKey.findFirstOrThrow({ where: { id, workspaceId } }));
}
