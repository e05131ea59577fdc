import type { TChannel } from "@/lib/journey/channels";
import { AdsAudiencePreview } from "./ads-audience-preview";
import { DirectMailPreview } from "./direct-mail-preview";
import { EmailPreview } from "./email-preview";
import { InAppPreview } from "./in-app-preview";
import type { TChannelPreviewProps } from "./preview-props";
import { PushPreview } from "./push-preview";
import { SmsPreview } from "./sms-preview";
import { WebhookPreview } from "./webhook-preview";

/** Each channel's preview; a new channel adds one line here. */
export const CHANNEL_PREVIEWS: Record<TChannel, (props: TChannelPreviewProps) => React.ReactNode> = {
  email: EmailPreview,
  sms: SmsPreview,
  push: PushPreview,
  inApp: InAppPreview,
  webhook: WebhookPreview,
  adsAudience: AdsAudiencePreview,
  directMail: DirectMailPreview,
};
