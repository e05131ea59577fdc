"use client";

import { CircleAlert } from "lucide-react";
import { ChannelIcon } from "@/components/templates/channel-icon";
import { CHANNEL_PREVIEWS } from "@/components/templates/preview/channel-previews";
import { CHANNEL_LABELS } from "@/lib/journey/channels";
import type { TPreviewMessage } from "@/lib/preview/preview-schemas";
import { stepTimes } from "./preview-time";

/**
 * One message as the customer would get it: channel, address, send time (her zone and UTC), and
 * the content rendered at the virtual time by the template preview the template editor uses.
 */
export function PreviewMessageCard({ message, timeZone, profileLabel }: { message: TPreviewMessage; timeZone: string | null; profileLabel: string }) {
  const Preview = CHANNEL_PREVIEWS[message.channel];
  const times = stepTimes(message.at, timeZone);
  return (
    <div className="space-y-2" data-testid="preview-message" data-channel={message.channel}>
      <div className="flex items-start gap-2">
        <ChannelIcon channel={message.channel} size="sm" />
        <div className="min-w-0 text-xs">
          <p className="font-medium text-slate-800">
            {CHANNEL_LABELS[message.channel]} · {message.templateName ?? "template deleted"}
          </p>
          <p className="text-slate-600">
            to <span className="font-mono" data-testid="message-recipient">{message.recipient ?? "no address"}</span>
          </p>
          <p className="text-slate-500">
            sent {times.zone === "UTC" ? `${times.utc} UTC` : `${times.local} ${times.zone} · ${times.utc} UTC`}
          </p>
        </div>
      </div>
      {message.error && (
        <p role="alert" className="flex items-start gap-1.5 rounded-md bg-red-50 px-2.5 py-1.5 text-xs text-red-800">
          <CircleAlert className="mt-px size-3.5 shrink-0" aria-hidden /> {message.error}
        </p>
      )}
      {message.content && <Preview rendered={message.content} profileLabel={message.recipient ?? profileLabel} />}
    </div>
  );
}
