import { AppWindow, Bell, Mail, Mailbox, Megaphone, MessageSquare, Webhook, type LucideIcon } from "lucide-react";
import clsx from "clsx";
import type { TChannel } from "@/lib/journey/channels";

const ICONS: Record<TChannel, LucideIcon> = { email: Mail, sms: MessageSquare, push: Bell, inApp: AppWindow, webhook: Webhook, adsAudience: Megaphone, directMail: Mailbox };

/** Each channel's colour, so a list of templates reads at a glance. */
const TINTS: Record<TChannel, string> = {
  email: "bg-sky-50 text-sky-700 ring-sky-200",
  sms: "bg-emerald-50 text-emerald-700 ring-emerald-200",
  push: "bg-amber-50 text-amber-700 ring-amber-200",
  inApp: "bg-violet-50 text-violet-700 ring-violet-200",
  webhook: "bg-slate-100 text-slate-700 ring-slate-200",
  adsAudience: "bg-rose-50 text-rose-700 ring-rose-200",
  directMail: "bg-orange-50 text-orange-700 ring-orange-200",
};

/** What each channel's template holds, for the "New template" menu. */
export const CHANNEL_DESCRIPTIONS: Record<TChannel, string> = {
  email: "Subject, preheader, HTML and plain text",
  sms: "A text message, counted in segments",
  push: "A notification on the customer's phone",
  inApp: "A message inside your app, with a button",
  webhook: "An HTTP request to your own systems",
  adsAudience: "Adds the customer to a paid-media audience",
  directMail: "A printed letter or postcard",
};

/** The channel's icon in its tinted square. */
export function ChannelIcon({ channel, size = "md" }: { channel: TChannel; size?: "sm" | "md" }) {
  const Icon = ICONS[channel];
  return (
    <span className={clsx("inline-flex shrink-0 items-center justify-center rounded-md ring-1 ring-inset", TINTS[channel], size === "sm" ? "size-6" : "size-8")}>
      <Icon className={size === "sm" ? "size-3.5" : "size-4"} aria-hidden />
    </span>
  );
}
