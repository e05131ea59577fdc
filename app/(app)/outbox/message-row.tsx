import clsx from "clsx";
import { Bell, Globe, Mail, Megaphone, MessageSquare, Smartphone, Mailbox } from "lucide-react";
import { formatDateTime } from "@/components/ui/format-date";
import { MESSAGE_STATUS_STYLES, previewMessage } from "@/components/ui/message-preview";
import type { TMessageDto } from "@/lib/messages/message-schemas";

const ICONS: Record<string, typeof Mail> = { email: Mail, sms: MessageSquare, push: Bell, inApp: Smartphone, webhook: Globe, adsAudience: Megaphone, directMail: Mailbox };
/** One outbox message: channel, recipient, journey step, status, and the rendered content on demand. */
export function MessageRow({ message }: { message: TMessageDto }) {
  const Icon = ICONS[message.channel] ?? Globe;
  const { headline, body } = previewMessage(message.content);
  return (
    <li className="px-6 py-4" data-testid="outbox-message" data-channel={message.channel}>
      <div className="flex flex-wrap items-start gap-x-4 gap-y-1">
        <span className="mt-0.5 flex size-8 shrink-0 items-center justify-center rounded-full bg-slate-100 text-slate-600" title={message.channel}>
          <Icon className="size-4" aria-label={message.channel} />
        </span>
        <div className="min-w-0 flex-1">
          <p className="truncate text-sm font-medium text-slate-900">{headline || body || "(empty content)"}</p>
          <p className="truncate text-xs text-slate-500">
            to {message.to ?? "the profile"} · {message.journeyName ?? "no journey"}
            {message.nodeId && <> → {message.nodeId}</>}
            {message.templateName && <> · template “{message.templateName}”</>}
          </p>
        </div>
        <div className="flex shrink-0 flex-col items-end gap-1">
          <span className={clsx("rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset", MESSAGE_STATUS_STYLES[message.status] ?? MESSAGE_STATUS_STYLES.skipped)}>{message.status}</span>
          <span className="text-xs whitespace-nowrap text-slate-500">{formatDateTime(message.sentAt ?? message.createdAt)}</span>
        </div>
      </div>
      {message.error && <p className="mt-2 ml-12 text-xs text-red-700">{message.error}</p>}
      <details className="mt-2 ml-12 text-sm">
        <summary className="cursor-pointer text-xs font-medium text-brand-700">Show rendered content</summary>
        <dl className="mt-2 space-y-1.5 rounded-lg bg-slate-50 p-3 text-xs">
          {Object.entries(message.content).map(([field, value]) => (
            <div key={field} className="grid grid-cols-[7rem_1fr] gap-2">
              <dt className="font-medium text-slate-500">{field}</dt>
              <dd className="break-words whitespace-pre-wrap text-slate-800">{typeof value === "string" ? value : JSON.stringify(value)}</dd>
            </div>
          ))}
          <div className="grid grid-cols-[7rem_1fr] gap-2 border-t border-slate-200 pt-1.5">
            <dt className="font-medium text-slate-500">idempotency key</dt>
            <dd className="font-mono break-all text-slate-700">{message.idempotencyKey}</dd>
          </div>
          <div className="grid grid-cols-[7rem_1fr] gap-2">
            <dt className="font-medium text-slate-500">attempts</dt>
            <dd className="text-slate-700">
              {message.attempts}
              {message.provider && ` via ${message.provider}`}
              {message.engagement.opened && ` · opened ${formatDateTime(message.engagement.opened)}`}
            </dd>
          </div>
        </dl>
      </details>
    </li>
  );
}
