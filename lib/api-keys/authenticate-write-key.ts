import { db } from "../db/client";
import { identityRulesFromJson, type TIdentityRules } from "../profiles/identity-rules";
import { hashApiKey } from "./hash-api-key";

/** Where ingested events go: the workspace, the key (source) that sent them, its phone region and identity rules. */
export interface TIngestSource {
  workspaceId: string;
  apiKeyId: string;
  /** ISO 3166 region for phone numbers written without a country code */
  defaultRegion: string;
  /** how identifiers resolve to profiles (read with the key, so a request costs no extra query) */
  identityRules: TIdentityRules;
}

/**
 * The source behind a write key, or null when the key is unknown, revoked or a management key
 * (management keys read and change configuration; they never feed ingestion).
 */
export async function authenticateWriteKey(key: string): Promise<TIngestSource | null> {
  if (key.length > 200) return null;
  // one statement, not Prisma's three for the nested select: it runs on every ingestion request
  const [row] = await db.$queryRaw<{ id: string; kind: string; revokedAt: unknown; workspaceId: string; defaultRegion: string | null; identityRules: unknown }[]>`SELECT k."id", k."kind", k."revokedAt", k."workspaceId", s."defaultRegion", s."identityRules" FROM "ApiKey" k LEFT JOIN "WorkspaceSettings" s ON s."workspaceId" = k."workspaceId" WHERE k."keyHash" = ${hashApiKey(key)}`;
  if (!row || row.revokedAt !== null || row.kind !== "write") return null;
  return { workspaceId: row.workspaceId, apiKeyId: row.id, defaultRegion: row.defaultRegion ?? "US", identityRules: identityRulesFromJson(row.identityRules ?? {}) };
}
