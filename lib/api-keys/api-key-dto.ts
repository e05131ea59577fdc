import type { ApiKey } from "../db/generated/sqlite/client";
import { ZRole } from "../auth/roles";
import { ZApiKeyKind, type TApiKeySummary } from "./api-key-schemas";

/** A stored key as the API and pages show it (no hash, no secret). */
export function toApiKeySummary(row: Pick<ApiKey, "id" | "kind" | "name" | "role" | "prefix" | "createdAt" | "lastUsedAt" | "revokedAt">): TApiKeySummary {
  const kind = ZApiKeyKind.catch("management").parse(row.kind);
  return {
    id: row.id,
    kind,
    name: row.name,
    role: kind === "management" ? ZRole.catch("analyst").parse(row.role) : null,
    prefix: row.prefix,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}
