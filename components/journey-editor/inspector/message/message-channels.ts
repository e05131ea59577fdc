import { CHANNELS, type TChannel, type TMessageChannel } from "@/lib/journey/channels";
import type { TMessageData } from "@/lib/journey/nodes/message/schema";

/** The channels whose templates a message on `channel` may use: `best` renders one of its fallbacks'. */
export function templateChannels(data: Pick<TMessageData, "channel" | "fallbackChannels">): TChannel[] {
  return data.channel === "best" ? (data.fallbackChannels ?? []) : [data.channel];
}

/**
 * Message data after a channel change. Switching to `best` starts its fallbacks with the channel
 * it came from; leaving `best` drops them (they would only draw a warning). The template stays
 * only when it still fits one of the new channels.
 */
export function withChannel(data: TMessageData, channel: TMessageChannel, templates: readonly { id: string; channel: TChannel }[]): TMessageData {
  if (channel === data.channel) return data;
  const { fallbackChannels: _old, ...rest } = data;
  const next: TMessageData =
    channel === "best" ? { ...rest, channel, fallbackChannels: data.channel === "best" ? [...CHANNELS] : [data.channel] } : { ...rest, channel };
  const template = templates.find((t) => t.id === data.templateId);
  const keeps = template !== undefined && templateChannels(next).includes(template.channel);
  return keeps ? next : { ...next, templateId: null };
}
