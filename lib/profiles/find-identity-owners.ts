import { Prisma } from "../db/generated/sqlite/client";
import { sqliteStatementsIn } from "../db/transaction-statements";
import { identityKey, type TIdentityKind, type TIncomingEvent } from "./incoming-event";
import type { TTx } from "./run-write-transaction";

/** Values per query: far below either database's bind-parameter limit. */
const VALUES_PER_QUERY = 5_000;

/**
 * Which profile holds each identifier the events carry (an alias's previousId is looked up as
 * both a user id and an anonymous id), in one query per 5,000 identifiers. Keys are
 * identityKey()s. SQL rather than findMany: it runs on every batch (see insertRows).
 */
export async function findIdentityOwners(tx: TTx, workspaceId: string, events: readonly TIncomingEvent[]): Promise<Map<string, string>> {
  const byKind = new Map<TIdentityKind, Set<string>>();
  const want = (kind: TIdentityKind, value: string) => byKind.set(kind, (byKind.get(kind) ?? new Set()).add(value));
  for (const event of events) {
    for (const identifier of event.identifiers) want(identifier.kind, identifier.value);
    if (event.previousId) {
      want("userId", event.previousId);
      want("anonymousId", event.previousId);
    }
  }
  const owners = new Map<string, string>();
  const sqlite = sqliteStatementsIn(tx);
  if (sqlite) {
    // one cached statement per kind, the values as a JSON array
    for (const [kind, values] of byKind) {
      const rows = sqlite.all<{ value: string; profileId: string }>(`SELECT "value", "profileId" FROM "Identity" WHERE "workspaceId" = ? AND "kind" = ? AND "value" IN (SELECT "value" FROM json_each(?))`, [workspaceId, kind, JSON.stringify([...values])]);
      for (const row of rows) owners.set(identityKey(kind, row.value), row.profileId);
    }
    return owners;
  }
  const pairs = [...byKind].flatMap(([kind, values]) => [...values].map((value) => [kind, value] as const));
  for (let start = 0; start < pairs.length; start += VALUES_PER_QUERY) {
    const chunk = pairs.slice(start, start + VALUES_PER_QUERY);
    const kinds = [...new Set(chunk.map(([kind]) => kind))];
    const conditions = kinds.map((kind) => Prisma.sql`("kind" = ${kind} AND "value" IN (${Prisma.join(chunk.filter(([k]) => k === kind).map(([, value]) => value))}))`);
    const rows = await tx.$queryRaw<{ kind: TIdentityKind; value: string; profileId: string }[]>`SELECT "kind", "value", "profileId" FROM "Identity" WHERE "workspaceId" = ${workspaceId} AND (${Prisma.join(conditions, " OR ")})`;
    for (const row of rows) owners.set(identityKey(row.kind, row.value), row.profileId);
  }
  return owners;
}
