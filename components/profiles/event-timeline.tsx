import Link from "next/link";
import { formatDateTime } from "@/components/ui/format-date";
import type { TProfileEvent } from "@/lib/profiles/profile-schemas";
import { EmptyNote, ProfileSection } from "./profile-section";

const TYPE_STYLES: Record<string, string> = { track: "bg-brand-50 text-brand-700", identify: "bg-violet-50 text-violet-700", page: "bg-sky-50 text-sky-700", screen: "bg-sky-50 text-sky-700" };

/** The profile's events, newest first, a page at a time; properties and context open on demand. */
export function EventTimeline({ events, nextHref, firstHref }: { events: TProfileEvent[]; nextHref: string | null; firstHref: string | null }) {
  return (
    <ProfileSection id="timeline" title="Event timeline" count={firstHref ? "(older events)" : "(newest first)"}>
      {events.length === 0 ? (
        <EmptyNote>{firstHref ? "No older events." : "No events yet. Track, identify, page and screen calls for this person show up here."}</EmptyNote>
      ) : (
        <ol className="divide-y divide-slate-100">
          {events.map((e) => {
            const props = Object.keys(e.properties).length;
            return (
              <li key={e.id} className="px-5 py-2.5" data-testid="timeline-event">
                <details>
                  <summary className="flex cursor-pointer list-none items-center gap-3 text-sm [&::-webkit-details-marker]:hidden">
                    <span className={`w-16 shrink-0 rounded px-1.5 py-0.5 text-center text-xs font-medium ${TYPE_STYLES[e.type] ?? "bg-slate-100 text-slate-600"}`}>{e.type}</span>
                    <span className="min-w-0 flex-1 truncate font-medium text-slate-900">{e.name || e.type}</span>
                    <span className="text-xs text-slate-500">{props ? `${props} ${props === 1 ? "property" : "properties"}` : "no properties"}</span>
                    <time dateTime={e.timestamp} className="w-44 shrink-0 text-right text-xs whitespace-nowrap text-slate-500">{formatDateTime(e.timestamp)}</time>
                  </summary>
                  <div className="mt-2 grid gap-2 md:grid-cols-2">
                    <pre className="overflow-x-auto rounded-md bg-slate-50 p-2 text-xs text-slate-800" aria-label="Properties">{JSON.stringify(e.properties, null, 2)}</pre>
                    <pre className="overflow-x-auto rounded-md bg-slate-50 p-2 text-xs text-slate-600" aria-label="Context">{JSON.stringify({ messageId: e.messageId, receivedAt: e.receivedAt, ...e.context }, null, 2)}</pre>
                  </div>
                </details>
              </li>
            );
          })}
        </ol>
      )}
      {(nextHref || firstHref) && (
        <nav aria-label="Event pages" className="flex justify-between border-t border-slate-100 px-5 py-2 text-sm">
          {firstHref ? <Link href={firstHref} className="text-brand-700 hover:underline">← Newest events</Link> : <span />}
          {nextHref && <Link href={nextHref} className="text-brand-700 hover:underline">Older events →</Link>}
        </nav>
      )}
    </ProfileSection>
  );
}
