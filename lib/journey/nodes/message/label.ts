import { CHANNEL_LABELS } from "../../channels";
import type { TMessageData } from "./schema";

export const messageLabel = "Message";
export const messageDescription = "Send an email, SMS, push, in-app, webhook, ad audience or letter.";

/** "Email · template set · ignores quiet hours". Template names live in the database, not here. */
export function summarizeMessage(data: TMessageData): string {
  const parts: string[] = [CHANNEL_LABELS[data.channel]];
  if (data.channel === "best" && data.fallbackChannels?.length) {
    parts[0] = `Best of ${data.fallbackChannels.map((c) => CHANNEL_LABELS[c]).join(", ")}`;
  }
  parts.push(data.templateId ? "template set" : "no template yet");
  if (!data.respectQuietHours) parts.push("ignores quiet hours");
  if (data.frequencyCapExempt) parts.push("cap-exempt");
  if (data.onSkip === "defer") parts.push("defers when blocked");
  return parts.join(" · ");
}
