import { db } from "../db/client";
import { hashApiKey } from "./hash-api-key";

/** Where ingested events go: the workspace, the key (source) that sent them, its phone region. */
export interface TIngestSource {
  workspaceId: string;
  apiKeyId: string;
  /** ISO 3166 region for phone numbers written without a country code */
  defaultRegion: string;
}

/**
 * The source behind a write key, or null when the key is unknown, revoked or a management key
 * (management keys read and change configuration; they never feed ingestion).
 */
export async function authenticateWriteKey(key: string): Promise<TIngestSource | null> {
  if (key.length > 200) return null;
  const row = await db.apiKey.findUnique({
    where: { keyHash: hashApiKey(key) },
    select: { id: true, kind: true, revokedAt: true, workspaceId: true, workspace: { select: { settings: { select: { defaultRegion: true } } } } },
  });
  if (!row || row.revokedAt || row.kind !== "write") return null;
  return { workspaceId: row.workspaceId, apiKeyId: row.id, defaultRegion: row.workspace.settings?.defaultRegion ?? "US" };
}
