import { z } from "zod";
import { ZChannel, ZMessageChannel } from "../../channels";
import { defineNodeSchema } from "../node-schema";

/**
 * What happens when quiet hours or the frequency cap block the send: `skip` leaves at once through
 * `skipped`; `defer` holds the profile until the window reopens, then sends. Missing consent
 * always skips.
 */
export const ON_SKIP_POLICIES = ["skip", "defer"] as const;

export const ZMessageData = z.object({
  channel: ZMessageChannel,
  /** The template to render; null until the marketer picks one. */
  templateId: z.string().nullable(),
  /** For `best`: the channels to try, in order, when the learned preference cannot be used. */
  fallbackChannels: z.array(ZChannel).max(7).optional(),
  onSkip: z.enum(ON_SKIP_POLICIES),
  respectQuietHours: z.boolean(),
  /** Transactional-like sends (password reset, receipts) do not count against or obey the cap. */
  frequencyCapExempt: z.boolean(),
  /** Optional subscription topic ("Offers"): profiles unsubscribed from it are skipped. */
  topicId: z.string().trim().min(1).max(64).nullable().optional(),
});
export type TMessageData = z.infer<typeof ZMessageData>;

export const ZMessageNode = defineNodeSchema("message", ZMessageData);
export type TMessageNode = z.infer<typeof ZMessageNode>;
