import { v7 as timeOrderedId } from "uuid";
import type { TIncomingEvent } from "./incoming-event";
import type { TPlannedDrop } from "./plan-identity-resolution";

/** A DroppedIdentifier row as ingestion inserts it (insertRows: every row the same columns). */
export type TDroppedIdentifierRow = {
  id: string;
  workspaceId: string;
  profileId: string;
  kind: string;
  value: string;
  reason: string;
  detail: string;
  ownerProfileId: string | null;
  eventMessageId: string;
  at: Date;
};

/**
 * The identifiers the stored events carried but did not attach: invalid emails / phones found by
 * validation and the drops the identity rules decided, each on the profile its event landed on
 * and dated with the event. Events not in `storedIds` (repeats, or a race lost to another writer
 * storing the same messageId) record nothing: their first copy did.
 */
export function droppedIdentifierRows(workspaceId: string, events: readonly TIncomingEvent[], drops: readonly TPlannedDrop[], profileOf: ReadonlyMap<string, string>, storedIds: ReadonlySet<string>): TDroppedIdentifierRow[] {
  const rows: TDroppedIdentifierRow[] = [];
  const row = (event: TIncomingEvent, drop: Pick<TDroppedIdentifierRow, "kind" | "value" | "reason" | "detail" | "ownerProfileId">) => {
    const profileId = profileOf.get(event.messageId);
    if (profileId && storedIds.has(event.messageId)) rows.push({ id: timeOrderedId(), workspaceId, profileId, ...drop, eventMessageId: event.messageId, at: event.timestamp });
  };
  for (const event of events) for (const invalid of event.invalidIdentifiers ?? []) row(event, { ...invalid, reason: "invalid", ownerProfileId: null });
  for (const drop of drops) {
    const event = events[drop.eventIndex];
    if (event) row(event, { kind: drop.kind, value: drop.value, reason: drop.reason, detail: drop.detail, ownerProfileId: drop.ownerProfileId });
  }
  return rows;
}
