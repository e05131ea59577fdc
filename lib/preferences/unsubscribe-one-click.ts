import { db } from "../db/client";
import { CHANNELS, type TChannel } from "../journey/channels";
import { resolvePreferenceProfile } from "./resolve-preference-profile";
import { setProfilePreferences } from "./set-profile-preferences";
import { verifyPreferenceToken } from "./verify-preference-token";

/** What unsubscribing from a channel stops, as the confirmation sentence says it. */
const CHANNEL_NOUNS: Record<TChannel, string> = {
  email: "emails",
  sms: "text messages",
  push: "push notifications",
  inApp: "in-app messages",
  webhook: "messages",
  adsAudience: "personalised ads",
  directMail: "post",
};

/** What an unsubscribe token stops, in words for the confirmation page; null when the token is not valid. */
export type TUnsubscribeTarget = { workspaceId: string; profileId: string; what: string; topicId?: string; channel?: TChannel; messageKey?: string } | null;

/**
 * Reads an unsubscribe token without changing anything (GET shows this and asks: mail scanners
 * prefetch links, so only a POST may unsubscribe). The token's topic wins over its channel; a
 * token naming neither stops every channel.
 */
export async function readUnsubscribeTarget(token: string): Promise<TUnsubscribeTarget> {
  const claims = verifyPreferenceToken(token);
  if (!claims) return null;
  const profileId = await resolvePreferenceProfile(claims.workspaceId, claims.profileId);
  if (!profileId) return null;
  const base = { workspaceId: claims.workspaceId, profileId, ...(claims.messageKey ? { messageKey: claims.messageKey } : {}) };
  if (claims.topicId) {
    const topic = await db.topic.findFirst({ where: { id: claims.topicId, workspaceId: claims.workspaceId }, select: { name: true } });
    if (topic) return { ...base, topicId: claims.topicId, what: `“${topic.name}” messages` };
  }
  if (claims.channel) return { ...base, channel: claims.channel, what: CHANNEL_NOUNS[claims.channel] };
  return { ...base, what: "all messages" };
}

/**
 * RFC 8058 one-click unsubscribe: stops what the token names (its topic, else its channel, else
 * every channel) with source "oneClick", effective for the next journey step (consent and topics
 * are read at send time), and records an "unsubscribed" MessageEvent on the message the link came
 * in, once. Idempotent: a second POST changes nothing. Null when the token is not valid.
 */
export async function unsubscribeOneClick(token: string, now: Date = new Date()): Promise<TUnsubscribeTarget> {
  const target = await readUnsubscribeTarget(token);
  if (!target) return null;
  const changes = target.topicId
    ? { topics: { [target.topicId]: "unsubscribed" as const } }
    : { channels: Object.fromEntries((target.channel ? [target.channel] : CHANNELS).map((c) => [c, "unsubscribed" as const])) };
  await setProfilePreferences(target.workspaceId, target.profileId, changes, "oneClick", now);
  if (target.messageKey) {
    const message = await db.message.findFirst({ where: { workspaceId: target.workspaceId, idempotencyKey: target.messageKey }, select: { id: true, events: { where: { type: "unsubscribed" }, select: { id: true } } } });
    if (message && message.events.length === 0) {
      await db.messageEvent.create({ data: { workspaceId: target.workspaceId, messageId: message.id, type: "unsubscribed", at: now, data: { source: "oneClick", ...(target.topicId ? { topicId: target.topicId } : { channel: target.channel ?? "all" }) } } });
    }
  }
  return target;
}
