import { Prisma } from "../db/generated/sqlite/client";
import { sqliteStatementsIn } from "../db/transaction-statements";
import { IDENTITY_KINDS, type TIdentityKind } from "./incoming-event";
import type { TKindCounts } from "./plan-identity-resolution";
import type { TTx } from "./run-write-transaction";

const IDS_PER_QUERY = 5_000;

/**
 * How many identifiers of each kind the profiles hold, in one grouped query per 5,000 profiles
 * (the Identity profileId index). The identity rules' limits are checked against these, so the
 * caller reads them after lockProfiles: on PostgreSQL a concurrent writer that attached an
 * identifier to one of them has committed by then (READ COMMITTED reads it), and SQLite has one
 * writer. Profiles without identifiers (none exist) would read as all zeros.
 */
export async function countIdentityKinds(tx: TTx, workspaceId: string, profileIds: readonly string[]): Promise<Map<string, TKindCounts>> {
  const counts = new Map<string, TKindCounts>(profileIds.map((id) => [id, { userId: 0, anonymousId: 0, email: 0, phone: 0, deviceId: 0 }]));
  if (profileIds.length === 0) return counts;
  const add = (rows: { profileId: string; kind: string; n: number | bigint }[]) => {
    for (const row of rows) {
      const profile = counts.get(row.profileId);
      if (profile && (IDENTITY_KINDS as readonly string[]).includes(row.kind)) profile[row.kind as TIdentityKind] = Number(row.n);
    }
  };
  const sqlite = sqliteStatementsIn(tx);
  if (sqlite) {
    add(sqlite.all(`SELECT "profileId", "kind", COUNT(*) AS "n" FROM "Identity" WHERE "profileId" IN (SELECT "value" FROM json_each(?)) AND "workspaceId" = ? GROUP BY "profileId", "kind"`, [JSON.stringify(profileIds), workspaceId]));
    return counts;
  }
  for (let start = 0; start < profileIds.length; start += IDS_PER_QUERY) {
    const chunk = profileIds.slice(start, start + IDS_PER_QUERY);
    add(await tx.$queryRaw`SELECT "profileId", "kind", COUNT(*) AS "n" FROM "Identity" WHERE "profileId" IN (${Prisma.join(chunk)}) AND "workspaceId" = ${workspaceId} GROUP BY "profileId", "kind"`);
  }
  return counts;
}
