import { randomUUID } from "node:crypto";
import { dbProvider } from "../db/client";
import { Prisma } from "../db/generated/sqlite/client";
import type { TConsentChange } from "./apply-consent-changes";
import { decideConsent } from "./decide-consent";
import { insertRows } from "./insert-rows";
import type { TTx } from "./run-write-transaction";

export interface TProfileConsentChanges {
  profileId: string;
  changes: readonly TConsentChange[];
  /** created in this transaction: nothing stored to read */
  isNew: boolean;
  /** when the statements arrived: a stored statement dated after the present moment counts as this time */
  receivedAt: Date;
}

type TCurrent = { id: string | null; status: string; at: Date; source: string; dirty: boolean };

const IDS_PER_QUERY = 5_000;
const ROWS_PER_UPDATE = 500;

/**
 * applyConsentChanges for a whole batch of profiles (all locked or just created by the caller):
 * one read of their stored consent, one multi-row INSERT, one `UPDATE … FROM (VALUES …)`, instead
 * of a read and a write per profile and channel — which made consent the cost of an import.
 * Per profile and channel the statements apply in event-time order under decideConsent (an
 * unsubscribe always takes effect; a subscribe only when not older than the stored statement),
 * and Consent.updatedAt keeps the time of the statement that stands. A stored time after the
 * present moment was never observed (a future-dated event stored before event times were
 * bounded): it counts as the item's receivedAt and is written back so.
 */
export async function applyConsentBatch(tx: TTx, workspaceId: string, items: readonly TProfileConsentChanges[]): Promise<void> {
  const withChanges = items.filter((item) => item.changes.length > 0);
  if (withChanges.length === 0) return;
  const existing = [...new Set(withChanges.filter((item) => !item.isNew).map((item) => item.profileId))];
  const stored = new Map<string, Map<string, TCurrent>>();
  for (let start = 0; start < existing.length; start += IDS_PER_QUERY) {
    const rows = await tx.consent.findMany({ where: { workspaceId, profileId: { in: existing.slice(start, start + IDS_PER_QUERY) } }, select: { id: true, profileId: true, channel: true, status: true, source: true, updatedAt: true } });
    for (const row of rows) {
      const channels = stored.get(row.profileId) ?? new Map<string, TCurrent>();
      channels.set(row.channel, { id: row.id, status: row.status, at: row.updatedAt, source: row.source, dirty: false });
      stored.set(row.profileId, channels);
    }
  }

  const created: Record<string, unknown>[] = [];
  const updated: { id: string; status: string; source: string; at: Date }[] = [];
  const wallClock = Date.now();
  for (const { profileId, changes, receivedAt } of withChanges) {
    const current = stored.get(profileId) ?? new Map<string, TCurrent>();
    stored.set(profileId, current);
    const present = Math.max(wallClock, receivedAt.getTime());
    for (const row of current.values()) if (row.at.getTime() > present) Object.assign(row, { at: receivedAt, dirty: true });
    for (const change of [...changes].sort((a, b) => a.at.getTime() - b.at.getTime())) {
      const now = current.get(change.channel);
      const next = decideConsent(now, change);
      if (next) current.set(change.channel, { id: now?.id ?? null, status: next.status, at: next.at, source: next.source, dirty: true });
    }
    for (const [channel, row] of current) {
      if (!row.dirty) continue;
      row.dirty = false;
      if (row.id) updated.push({ id: row.id, status: row.status, source: row.source, at: row.at });
      else {
        row.id = randomUUID();
        created.push({ id: row.id, workspaceId, profileId, channel, status: row.status, source: row.source, updatedAt: row.at });
      }
    }
  }

  await insertRows(tx, "Consent", created);
  const pg = dbProvider() === "postgresql";
  const as = (type: string, first: boolean) => (pg && first ? Prisma.raw(`::${type}`) : Prisma.empty);
  for (let start = 0; start < updated.length; start += ROWS_PER_UPDATE) {
    const values = updated.slice(start, start + ROWS_PER_UPDATE).map((row, i) => Prisma.sql`(${row.id}${as("text", i === 0)}, ${row.status}${as("text", i === 0)}, ${row.source}${as("text", i === 0)}, ${row.at}${as("timestamp(3)", i === 0)})`);
    await tx.$executeRaw`UPDATE "Consent" SET "status" = v.column2, "source" = v.column3, "updatedAt" = v.column4 FROM (VALUES ${Prisma.join(values)}) AS v WHERE "Consent"."id" = v.column1 AND "Consent"."workspaceId" = ${workspaceId}`;
  }
}
