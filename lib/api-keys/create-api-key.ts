import { db } from "../db/client";
import { toApiKeySummary } from "./api-key-dto";
import type { TCreateApiKeyInput, TCreatedApiKey } from "./api-key-schemas";
import { apiKeyPrefix, generateApiKey, hashApiKey } from "./hash-api-key";

/**
 * Creates a write or management key and returns it in clear this one time; only its SHA-256
 * and a short prefix (to tell keys apart in lists) are stored.
 */
export async function createApiKey(workspaceId: string, createdById: string | null, input: TCreateApiKeyInput): Promise<TCreatedApiKey> {
  const key = generateApiKey(input.kind);
  const row = await db.apiKey.create({
    data: {
      workspaceId,
      kind: input.kind,
      // write keys never act as a role; the column's default keeps the least privilege anyway
      role: input.kind === "management" ? (input.role ?? "analyst") : "analyst",
      name: input.name,
      prefix: apiKeyPrefix(key),
      keyHash: hashApiKey(key),
      createdById,
    },
  });
  return { ...toApiKeySummary(row), key };
}
