import { AppWindow, Bell, Mail, Mailbox, Megaphone, MessageSquare, Sparkles, Webhook, type LucideIcon } from "lucide-react";
import { CHANNEL_LABELS, type TMessageChannel } from "@/lib/journey/channels";

const ICONS: Record<TMessageChannel, LucideIcon> = {
  email: Mail,
  sms: MessageSquare,
  push: Bell,
  inApp: AppWindow,
  webhook: Webhook,
  adsAudience: Megaphone,
  directMail: Mailbox,
  best: Sparkles,
};

const isChannel = (channel: string): channel is TMessageChannel => Object.prototype.hasOwnProperty.call(ICONS, channel);

/** One small chip per channel (icon + name), e.g. on a template card. */
export function ChannelIcons({ channels }: { channels: readonly string[] }) {
  return (
    <ul className="flex flex-wrap gap-1.5" aria-label="Channels">
      {channels.map((channel) => {
        const Icon = isChannel(channel) ? ICONS[channel] : Mail;
        const label = isChannel(channel) ? CHANNEL_LABELS[channel] : channel;
        return (
          <li key={channel} className="inline-flex items-center gap-1 rounded-md bg-slate-100 px-1.5 py-0.5 text-[11px] font-medium text-slate-700">
            <Icon className="size-3" aria-hidden /> {label}
          </li>
        );
      })}
    </ul>
  );
}
