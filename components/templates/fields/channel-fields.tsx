"use client";

import type { TChannel } from "@/lib/journey/channels";
import { AdsAudienceFields } from "./ads-audience-fields";
import { DirectMailFields } from "./direct-mail-fields";
import { EmailFields } from "./email-fields";
import type { TChannelFieldsProps } from "./field-props";
import { InAppFields } from "./in-app-fields";
import { PushFields } from "./push-fields";
import { SmsFields } from "./sms-fields";
import { WebhookFields } from "./webhook-fields";

/** Each channel's form; a new channel adds one line here. */
export const CHANNEL_FIELDS: Record<TChannel, (props: TChannelFieldsProps) => React.ReactNode> = {
  email: EmailFields,
  sms: SmsFields,
  push: PushFields,
  inApp: InAppFields,
  webhook: WebhookFields,
  adsAudience: AdsAudienceFields,
  directMail: DirectMailFields,
};
