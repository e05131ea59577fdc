import type { TChannelAdapter, TDelivery, TDeliveryOutcome } from "./channel-adapter";

export type TRecordingAdapter = TChannelAdapter & {
  /** Accepted deliveries, one per idempotency key (repeats collapse, as an idempotent provider does). */
  accepted: Map<string, TDelivery>;
  /** Every call, repeats included. */
  calls: TDelivery[];
};

/**
 * For tests: a provider that honours idempotency keys. It records each call, accepts the first
 * delivery of a key and answers repeats with the same provider id without delivering again.
 * `fail(delivery)` scripts failures (returning an outcome instead of accepting).
 */
export function createRecordingAdapter(options: { name?: string; idempotent?: boolean; fail?: (delivery: TDelivery, call: number) => TDeliveryOutcome | null } = {}): TRecordingAdapter {
  const accepted = new Map<string, TDelivery>();
  const calls: TDelivery[] = [];
  return {
    name: options.name ?? "recording",
    idempotent: options.idempotent ?? true,
    accepted,
    calls,
    async send(delivery) {
      calls.push(delivery);
      const failure = options.fail?.(delivery, calls.length);
      if (failure) return failure;
      if (!accepted.has(delivery.idempotencyKey)) accepted.set(delivery.idempotencyKey, delivery);
      return { status: "sent", providerMessageId: `rec:${delivery.idempotencyKey}` };
    },
  };
}
