import type { TChannel } from "../journey/channels";

/** What an adapter is given for one delivery attempt. */
export type TDelivery = {
  message: { id: string; workspaceId: string; profileId: string; channel: TChannel; journeyId: string | null; nodeId: string | null; attempts: number };
  /** Pass it to the provider: a retry with the same key must not deliver twice. */
  idempotencyKey: string;
  /** The rendered content (subject, body, …) as stored on the Message row. */
  content: Record<string, unknown>;
  /** The address (email, phone, device), or null for channels the adapter addresses itself. */
  to: string | null;
};

/** `unknown`: the provider may or may not have accepted it (timeout after sending). */
export type TDeliveryOutcome = { status: "sent" | "failed" | "unknown"; providerMessageId?: string; error?: string; retryable?: boolean };

/**
 * A channel provider. `idempotent`: the provider collapses repeats of one idempotency key (HTTP
 * APIs that take an Idempotency-Key), so an attempt interrupted between call and record is safely
 * retried; SMTP-like adapters declare false and such an attempt is marked `unknown`.
 */
export type TChannelAdapter = {
  name: string;
  idempotent: boolean;
  /** Whether the provider reports delivery later (callbacks); without, `sent` counts as delivered. */
  reportsDelivery?: boolean;
  send(delivery: TDelivery): Promise<TDeliveryOutcome>;
};

/**
 * Engagement a provider reports back later (webhooks), matched to the Message by provider id or by
 * idempotency key. Real providers arrive in a later issue; they map their payloads to this.
 */
export type TDeliveryCallback = {
  provider: string;
  providerMessageId?: string;
  idempotencyKey?: string;
  type: "delivered" | "opened" | "clicked" | "bounced" | "complained" | "unsubscribed" | "failed";
  at: Date;
  data?: Record<string, unknown>;
};

/** Which adapter delivers a channel for a workspace. */
export type TAdapterFor = (channel: TChannel, workspaceId: string) => TChannelAdapter;
