import { identityKey, type TIdentityKind, type TIncomingEvent } from "./incoming-event";
import type { TTx } from "./run-write-transaction";

/**
 * Prisma checks bind parameters against 999 on SQLite and cannot split an OR of lists itself;
 * one query covers up to this many values (a 100-event batch is one query).
 */
const VALUES_PER_QUERY = 900;

function chunkByValues(byKind: Map<TIdentityKind, Set<string>>): [TIdentityKind, string[]][][] {
  const chunks: [TIdentityKind, string[]][][] = [];
  let current: [TIdentityKind, string[]][] = [];
  let size = 0;
  for (const [kind, values] of byKind) {
    for (const value of values) {
      if (size === VALUES_PER_QUERY) {
        chunks.push(current);
        current = [];
        size = 0;
      }
      const last = current.at(-1);
      if (last && last[0] === kind) last[1].push(value);
      else current.push([kind, [value]]);
      size++;
    }
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/**
 * Which profile holds each identifier the events carry (an alias's previousId is looked up as
 * both a user id and an anonymous id), in one query. Keys are identityKey()s.
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
  for (const chunk of chunkByValues(byKind)) {
    const rows = await tx.identity.findMany({
      where: { workspaceId, OR: chunk.map(([kind, values]) => ({ kind, value: { in: values } })) },
      select: { kind: true, value: true, profileId: true },
    });
    for (const row of rows) owners.set(identityKey(row.kind as TIdentityKind, row.value), row.profileId);
  }
  return owners;
}
