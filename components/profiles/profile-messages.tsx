import clsx from "clsx";
import Link from "next/link";
import { formatDateTime } from "@/components/ui/format-date";
import { MESSAGE_STATUS_STYLES, previewMessage } from "@/components/ui/message-preview";
import { CHANNEL_LABELS, type TMessageChannel } from "@/lib/journey/channels";
import type { TProfileMessage } from "@/lib/profiles/list-profile-messages";
import { EmptyNote, ProfileSection } from "./profile-section";

/** Messages sent to the profile, newest first, with rendered content and engagement. */
export function ProfileMessages({ messages, nextHref, firstHref }: { messages: TProfileMessage[]; nextHref: string | null; firstHref: string | null }) {
  return (
    <ProfileSection id="messages" title="Messages" count={firstHref ? "(older)" : `(${messages.length}${nextHref ? "+" : ""})`}>
      {messages.length === 0 ? (
        <EmptyNote>{firstHref ? "No older messages." : "No messages yet. Messages appear here when a journey sends one to this person."}</EmptyNote>
      ) : (
        <ul className="divide-y divide-slate-100">
          {messages.map((m) => {
            const { headline, body } = previewMessage(m.content);
            const engaged = (["delivered", "opened", "clicked"] as const).filter((k) => m.engagement[k]);
            return (
              <li key={m.id} className="px-5 py-3" data-testid="profile-message" data-channel={m.channel} data-status={m.status}>
                <div className="flex flex-wrap items-start gap-x-4 gap-y-1">
                  <span className="w-14 shrink-0 rounded bg-slate-100 px-1.5 py-0.5 text-center text-xs font-medium text-slate-700">{CHANNEL_LABELS[m.channel as TMessageChannel] ?? m.channel}</span>
                  <div className="min-w-0 flex-1">
                    <p className="truncate text-sm font-medium text-slate-900">{headline || body || "(empty content)"}</p>
                    {headline && body && <p className="line-clamp-2 text-xs text-slate-600">{body}</p>}
                    <p className="mt-0.5 text-xs text-slate-500">
                      to {m.to ?? "—"} · {m.journeyId ? <Link href={`/journeys/${m.journeyId}`} className="hover:underline">{m.journeyName ?? "a deleted journey"}</Link> : "no journey"}
                      {m.nodeId && <> → <span title={`step ${m.nodeId}`}>{m.nodeLabel ?? m.nodeId}</span></>}
                    </p>
                    {m.error && <p className="text-xs text-red-700">{m.error}</p>}
                  </div>
                  <div className="flex shrink-0 flex-col items-end gap-1">
                    <span className={clsx("rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset", MESSAGE_STATUS_STYLES[m.status] ?? MESSAGE_STATUS_STYLES.skipped)}>{m.status}</span>
                    <span className="text-xs whitespace-nowrap text-slate-500">{formatDateTime(m.sentAt ?? m.createdAt)}</span>
                    <span className="text-xs text-slate-500" data-testid="engagement">{engaged.length ? `${engaged.join(" · ")}${m.engagement.opened ? "" : " · not opened"}` : "no engagement yet"}</span>
                  </div>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {(nextHref || firstHref) && (
        <nav aria-label="Message pages" className="flex justify-between border-t border-slate-100 px-5 py-2 text-sm">
          {firstHref ? <Link href={firstHref} className="text-brand-700 hover:underline">← Newest messages</Link> : <span />}
          {nextHref && <Link href={nextHref} className="text-brand-700 hover:underline">Older messages →</Link>}
        </nav>
      )}
    </ProfileSection>
  );
}
