import type { Db } from "../db/client";
import { readMessageMeta } from "../engine/context/message-meta";
import { ZChannel, type TChannel } from "../journey/channels";
import type { TAdapterFor, TChannelAdapter, TDeliveryOutcome } from "./channel-adapter";

export type TDispatchOptions = {
  now: Date;
  batchSize?: number;
  adapterFor: TAdapterFor;
  leaseMs?: number;
  /** The wall clock for attempt leases (crash recovery is about real time). */
  leaseClock?: () => Date;
  /** Attempts before a failing message is given up (status `failed`). */
  maxAttempts?: number;
  /** Written to `Message.leaseOwner` while an attempt is in flight, for people reading a stuck row. */
  workerId?: string;
};

export type TDispatchSummary = { attempted: number; sent: number; retrying: number; failed: number; unknown: number; recovered: number };

const MINUTE = 60_000;
const MESSAGE_COLUMNS = { id: true, workspaceId: true, profileId: true, channel: true, journeyId: true, nodeId: true, idempotencyKey: true, content: true, recipient: true, frequencyCapExempt: true, attempts: true } as const;

function channelOf(value: string): TChannel {
  const parsed = ZChannel.safeParse(value);
  return parsed.success ? parsed.data : "webhook";
}

/**
 * Attempts left "sending" by a dispatcher that died between the provider call and recording the
 * result. Idempotent adapters get them back as pending (the retry carries the same key, the
 * provider collapses it); others (SMTP) mark them `unknown` for a person to look at: sending
 * again blindly could reach the customer twice.
 */
async function recoverInterrupted(db: Db, options: TDispatchOptions, leaseNow: Date): Promise<number> {
  const stale = await db.message.findMany({ where: { status: "sending", leaseUntil: { lt: leaseNow } }, select: { id: true, workspaceId: true, channel: true } });
  for (const row of stale) {
    const adapter = options.adapterFor(channelOf(row.channel), row.workspaceId);
    await db.message.updateMany({
      where: { id: row.id, status: "sending", leaseUntil: { lt: leaseNow } },
      data: adapter.idempotent
        ? { status: "pending", leaseUntil: null, leaseOwner: null }
        : { status: "unknown", leaseUntil: null, leaseOwner: null, error: `interrupted between the ${adapter.name} call and recording its result; not resent because ${adapter.name} takes no idempotency key` },
    });
  }
  return stale.length;
}

/** The row after an outcome; failures back off 2^attempts minutes and give up after `maxAttempts`. */
function outcomeData(adapter: TChannelAdapter, outcome: TDeliveryOutcome, attempts: number, options: TDispatchOptions) {
  const base = { leaseUntil: null, leaseOwner: null, provider: adapter.name };
  if (outcome.status === "sent") return { ...base, status: "sent", sentAt: options.now, providerMessageId: outcome.providerMessageId ?? null, error: null };
  if (outcome.status === "unknown") return { ...base, status: "unknown", error: outcome.error ?? "the provider's answer was lost" };
  const giveUp = outcome.retryable === false || attempts >= (options.maxAttempts ?? 5);
  return giveUp
    ? { ...base, status: "failed", error: outcome.error ?? "failed" }
    : { ...base, status: "pending", error: outcome.error ?? "failed", nextAttemptAt: new Date(options.now.getTime() + 2 ** attempts * MINUTE) };
}

async function callAdapter(adapter: TChannelAdapter, delivery: Parameters<TChannelAdapter["send"]>[0]): Promise<TDeliveryOutcome> {
  try {
    return await adapter.send(delivery);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // A throw may come after the provider accepted: only a key-honouring provider may be retried.
    return adapter.idempotent ? { status: "failed", error: message, retryable: true } : { status: "unknown", error: message };
  }
}

/**
 * Delivers due outbox rows: recovers interrupted attempts, then for each pending row whose next
 * attempt is due, marks the attempt (status `sending`, attempts + 1, a lease) in its own write,
 * calls the channel's adapter with the idempotency key, and records the outcome: `sent` with the
 * provider's id (plus a `delivered` MessageEvent when the adapter reports no deliveries itself),
 * a retry with backoff, `failed`, or `unknown`. A row claimed by another dispatcher is skipped.
 */
export async function dispatchOutbox(db: Db, options: TDispatchOptions): Promise<TDispatchSummary> {
  const leaseClock = options.leaseClock ?? (() => new Date());
  const summary: TDispatchSummary = { attempted: 0, sent: 0, retrying: 0, failed: 0, unknown: 0, recovered: await recoverInterrupted(db, options, leaseClock()) };
  const due = await db.message.findMany({
    where: { status: "pending", nextAttemptAt: { lte: options.now } },
    select: MESSAGE_COLUMNS,
    orderBy: { nextAttemptAt: "asc" },
    take: options.batchSize ?? 100,
  });
  for (const row of due) {
    const leaseUntil = new Date(leaseClock().getTime() + (options.leaseMs ?? 30_000));
    const claimed = await db.message.updateMany({ where: { id: row.id, status: "pending" }, data: { status: "sending", attempts: { increment: 1 }, leaseUntil, leaseOwner: options.workerId ?? "dispatch" } });
    if (claimed.count === 0) continue;
    const channel = channelOf(row.channel);
    const adapter = options.adapterFor(channel, row.workspaceId);
    const meta = readMessageMeta(row.content, row);
    const attempts = row.attempts + 1;
    summary.attempted++;
    const outcome = await callAdapter(adapter, {
      message: { id: row.id, workspaceId: row.workspaceId, profileId: row.profileId, channel, journeyId: row.journeyId, nodeId: row.nodeId, attempts },
      idempotencyKey: row.idempotencyKey,
      content: meta.rendered,
      to: meta.to,
    });
    const data = outcomeData(adapter, outcome, attempts, options);
    // The outcome and its delivered event commit together: never "sent" without engagement data.
    const recorded = await db.$transaction(async (tx) => {
      const updated = await tx.message.updateMany({ where: { id: row.id, status: "sending" }, data });
      if (updated.count === 1 && data.status === "sent" && !adapter.reportsDelivery) {
        await tx.messageEvent.create({ data: { workspaceId: row.workspaceId, messageId: row.id, type: "delivered", at: options.now, data: { provider: adapter.name } } });
      }
      return updated.count === 1;
    });
    if (!recorded) continue;
    if (data.status === "sent") summary.sent++;
    else if (data.status === "pending") summary.retrying++;
    else if (data.status === "failed") summary.failed++;
    else summary.unknown++;
  }
  return summary;
}
