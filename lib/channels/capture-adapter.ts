import type { TChannelAdapter } from "./channel-adapter";

/**
 * The default adapter for every channel: sends nothing anywhere and marks the message sent. The
 * rendered content already lives on the Message row, which is what the Outbox page shows.
 */
export const captureAdapter: TChannelAdapter = {
  name: "capture",
  idempotent: true,
  async send(delivery) {
    return { status: "sent", providerMessageId: `capture:${delivery.idempotencyKey}` };
  },
};

/** Capture for every channel: the adapter lookup used when nothing else is configured. */
export const captureEverything = () => captureAdapter;
