import Link from "next/link";
import { formatDateTime } from "@/components/ui/format-date";
import type { TSegmentHistory, TSegmentMemberPage } from "@/lib/segments/segment-schemas";
import { SegmentHistoryChart } from "./segment-history-chart";

/** The members (a page at a time, linking to their profiles) and the recent entries and exits. */
export function SegmentActivity({ segmentId, members, history, after }: { segmentId: string; members: TSegmentMemberPage; history: TSegmentHistory; after: string | null }) {
  return (
    <div className="space-y-5">
      <section aria-label="Entries and exits" className="rounded-xl border border-slate-200 bg-white p-5 shadow-xs">
        <h2 className="mb-2 text-sm font-semibold text-slate-900">Entries and exits, last 30 days</h2>
        <SegmentHistoryChart perDay={history.perDay} />
      </section>
      <div className="grid grid-cols-1 gap-5 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <section aria-label="Members" className="overflow-hidden rounded-xl border border-slate-200 bg-white shadow-xs">
          <div className="flex items-center justify-between border-b border-slate-100 px-5 py-3">
            <h2 className="text-sm font-semibold text-slate-900">Members</h2>
            <span className="text-xs text-slate-500">Newest entries first</span>
          </div>
          {members.members.length === 0 ? (
            <p className="px-5 py-8 text-center text-sm text-slate-500">{after ? "No more members." : "Nobody is in this segment right now. Change the rules, or recompute once data has arrived."}</p>
          ) : (
            <table className="w-full table-fixed text-left text-sm">
              <thead className="bg-slate-50 text-xs font-medium uppercase tracking-wide text-slate-500">
                <tr>
                  <th scope="col" className="px-5 py-2">Profile</th>
                  <th scope="col" className="w-56 px-5 py-2">Entered</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {members.members.map((m) => (
                  <tr key={m.profileId} data-testid="segment-member-row">
                    <td className="truncate px-5 py-2">
                      <Link href={`/profiles/${m.profileId}`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
                        {m.email ?? m.userId ?? m.profileId}
                      </Link>
                      {m.email && m.userId && <span className="ml-2 text-xs text-slate-500">{m.userId}</span>}
                    </td>
                    <td className="whitespace-nowrap px-5 py-2 text-slate-600">{formatDateTime(m.enteredAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {(after || members.nextCursor) && (
            <nav aria-label="Member pages" className="flex justify-between border-t border-slate-100 px-5 py-2 text-sm">
              {after ? <Link href={`/segments/${segmentId}`} className="text-brand-700 hover:underline">First page</Link> : <span />}
              {members.nextCursor && <Link href={`/segments/${segmentId}?after=${encodeURIComponent(members.nextCursor)}`} className="text-brand-700 hover:underline">Next page</Link>}
            </nav>
          )}
        </section>
        <section aria-label="Recent entries and exits" className="space-y-2 rounded-xl border border-slate-200 bg-white p-5 shadow-xs lg:self-start">
          <h2 className="text-sm font-semibold text-slate-900">Recent entries and exits</h2>
          {history.recent.length === 0 ? (
            <p className="text-sm text-slate-500">No one has entered or left yet.</p>
          ) : (
            <ol className="divide-y divide-slate-100 text-xs">
              {history.recent.map((c, i) => (
                <li key={`${c.profileId}-${c.at}-${i}`} className="py-1.5">
                  <p className="flex items-center gap-1.5">
                    <span className={c.change === "entered" ? "shrink-0 rounded bg-emerald-50 px-1.5 py-0.5 font-medium text-emerald-700" : "shrink-0 rounded bg-rose-50 px-1.5 py-0.5 font-medium text-rose-700"}>{c.change === "entered" ? "Entered" : "Left"}</span>
                    <Link href={`/profiles/${c.profileId}`} className="truncate text-slate-800 hover:underline">{c.email ?? c.profileId}</Link>
                  </p>
                  <p className="mt-0.5 text-slate-500">{formatDateTime(c.at)}</p>
                </li>
              ))}
            </ol>
          )}
        </section>
      </div>
    </div>
  );
}
