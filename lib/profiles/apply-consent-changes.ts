import type { TChannel } from "../journey/channels";
import type { TConsentStatus } from "./event-schemas";
import type { TTx } from "./run-write-transaction";

export interface TConsentChange {
  channel: TChannel;
  status: TConsentStatus;
  /** the event's time: a change older than the stored one is ignored */
  at: Date;
  /** what set it: "identify", "track", … */
  source: string;
}

/**
 * Records consent carried by events on a profile the caller has locked or just created. Per
 * channel the newest statement wins — a late, older event cannot re-subscribe someone who
 * unsubscribed since — and Consent.updatedAt keeps the time of that statement.
 */
export async function applyConsentChanges(tx: TTx, workspaceId: string, profileId: string, changes: readonly TConsentChange[], isNewProfile: boolean): Promise<void> {
  if (changes.length === 0) return;
  const stored = isNewProfile ? [] : await tx.consent.findMany({ where: { workspaceId, profileId } });
  const current = new Map<string, { id: string | null; status: string; at: Date; source: string; dirty: boolean }>(stored.map((row) => [row.channel, { id: row.id, status: row.status, at: row.updatedAt, source: row.source, dirty: false }]));
  for (const change of [...changes].sort((a, b) => a.at.getTime() - b.at.getTime())) {
    const now = current.get(change.channel);
    if (now && change.at < now.at) continue;
    if (now && now.status === change.status) continue;
    current.set(change.channel, { id: now?.id ?? null, status: change.status, at: change.at, source: change.source, dirty: true });
  }
  for (const [channel, row] of current) {
    if (!row.dirty) continue;
    if (row.id) await tx.consent.update({ where: { id: row.id }, data: { status: row.status, source: row.source, updatedAt: row.at } });
    else await tx.consent.create({ data: { workspaceId, profileId, channel, status: row.status, source: row.source, updatedAt: row.at } });
  }
}
