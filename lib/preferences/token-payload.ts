import { z } from "zod";
import { ZChannel, type TChannel } from "../journey/channels";

/**
 * What a preference token says, in its compact stored form (short keys keep links short):
 * `w` workspace, `p` profile, `c` channel, `t` topic, `m` the message's idempotency key (a
 * Message id does not exist yet when the email is rendered; the key is unique and known), `i`
 * issued-at in seconds.
 */
export const ZTokenPayload = z.strictObject({
  v: z.literal(1),
  w: z.string().min(1).max(64),
  p: z.string().min(1).max(64),
  c: ZChannel.optional(),
  t: z.string().min(1).max(64).optional(),
  m: z.string().min(1).max(256).optional(),
  i: z.number().int().nonnegative(),
});

/** A preference token's meaning. */
export interface TPreferenceToken {
  workspaceId: string;
  profileId: string;
  /** the channel a one-click unsubscribe stops */
  channel?: TChannel;
  /** the topic a one-click unsubscribe stops (wins over the channel) */
  topicId?: string;
  /** idempotency key of the message the link came in, for the "unsubscribed" engagement event */
  messageKey?: string;
  issuedAt: Date;
}

/** Tokens longer than this are refused before any parsing. */
export const MAX_TOKEN_LENGTH = 1024;
