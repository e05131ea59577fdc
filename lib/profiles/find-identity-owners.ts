import { identityKey, type TIdentityKind, type TIncomingEvent } from "./incoming-event";
import type { TTx } from "./run-write-transaction";

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
  if (byKind.size === 0) return new Map();
  const rows = await tx.identity.findMany({
    where: { workspaceId, OR: [...byKind].map(([kind, values]) => ({ kind, value: { in: [...values] } })) },
    select: { kind: true, value: true, profileId: true },
  });
  return new Map(rows.map((row) => [identityKey(row.kind as TIdentityKind, row.value), row.profileId]));
}
