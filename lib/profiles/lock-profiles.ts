import { dbProvider } from "../db/client";
import { Prisma, type Profile } from "../db/generated/sqlite/client";
import { ProfileGoneError, type TTx } from "./run-write-transaction";

/**
 * Locks the profiles a write will attach rows to or merge, and reads them. On PostgreSQL the
 * rows are locked FOR UPDATE in id order (one order everywhere, so two writers cannot deadlock
 * on them): a concurrent merge of one of them either waits for this transaction, or has already
 * deleted it and this one retries (ProfileGoneError). SQLite runs one write transaction at a
 * time, so the plain read is enough there.
 *
 * Every writer that attaches rows to an existing profile (events, identities, consent,
 * enrollments) must take this lock first; merges rely on it to move everything.
 */
export async function lockProfiles(tx: TTx, workspaceId: string, ids: readonly string[]): Promise<Map<string, Profile>> {
  if (ids.length === 0) return new Map();
  const sorted = [...new Set(ids)].sort();
  if (dbProvider() === "postgresql") {
    await tx.$queryRaw`SELECT "id" FROM "Profile" WHERE "workspaceId" = ${workspaceId} AND "id" IN (${Prisma.join(sorted)}) ORDER BY "id" FOR UPDATE`;
  }
  const rows = [];
  // Prisma allows 999 bind values per SQLite query
  for (let start = 0; start < sorted.length; start += 900) rows.push(...(await tx.profile.findMany({ where: { workspaceId, id: { in: sorted.slice(start, start + 900) } } })));
  if (rows.length !== sorted.length) {
    const found = new Set(rows.map((row) => row.id));
    throw new ProfileGoneError(sorted.filter((id) => !found.has(id)));
  }
  return new Map(rows.map((row) => [row.id, row]));
}
