import type { TMessageData } from "./schema";

/** Email, house rules on (quiet hours, frequency cap); the template is picked in the inspector. */
export function defaultMessageData(): TMessageData {
  return { channel: "email", templateId: null, onSkip: "skip", respectQuietHours: true, frequencyCapExempt: false };
}
