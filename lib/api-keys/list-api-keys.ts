import { db } from "../db/client";
import { toApiKeySummary } from "./api-key-dto";
import type { TApiKeySummary } from "./api-key-schemas";

/** The workspace's keys, newest first, without secrets; revoked ones only when asked for. */
export async function listApiKeys(workspaceId: string, options: { includeRevoked?: boolean } = {}): Promise<TApiKeySummary[]> {
  const rows = await db.apiKey.findMany({
    where: { workspaceId, ...(options.includeRevoked ? {} : { revokedAt: null }) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  return rows.map(toApiKeySummary);
}
