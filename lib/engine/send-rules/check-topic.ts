import type { TStepContext } from "../types";
import type { TSendCheck } from "./check-consent";

/**
 * May a message of subscription topic `topicId` go to the profile? It may when the profile
 * subscribed, or never chose and the topic is subscribed by default. A topic the context does
 * not know (deleted since publishing) blocks the send: better silent than unwanted. Contexts
 * without topics (previews) and messages without a topic pass.
 */
export function checkTopic(topicId: string | undefined, context: Pick<TStepContext, "topics">): TSendCheck {
  if (!topicId || !context.topics) return { ok: true };
  const topic = context.topics[topicId];
  if (!topic) return { ok: false, reason: `topic ${topicId} no longer exists` };
  const subscribed = topic.status === "neverAsked" ? topic.defaultSubscribed : topic.status === "subscribed";
  return subscribed ? { ok: true } : { ok: false, reason: `unsubscribed from topic "${topic.name}"` };
}
