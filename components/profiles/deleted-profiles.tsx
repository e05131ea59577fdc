import { formatDateTime } from "@/components/ui/format-date";
import type { TProfileDeletionRecord } from "@/lib/profiles/list-profile-deletions";

const COUNT_LABELS: [string, string][] = [["events", "events"], ["messages", "messages"], ["identities", "identities"], ["enrollments", "enrollments"]];

/** The record of deleted profiles: id, when, by whom, how much went — never the data itself. */
export function DeletedProfiles({ total, deletions }: { total: number; deletions: TProfileDeletionRecord[] }) {
  return (
    <section aria-labelledby="deleted-profiles" className="space-y-2">
      <h2 id="deleted-profiles" className="text-sm font-semibold text-slate-700">
        Deleted profiles <span className="font-normal text-slate-500">({total})</span>
      </h2>
      {total === 0 ? (
        <p className="text-sm text-slate-500">No profile has been deleted. Deletions (from a profile page or `DELETE /api/v1/profiles/:id`) are recorded here with counts only, never the data.</p>
      ) : (
        <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-xs">
          <table className="w-full text-left text-sm">
            <thead className="bg-slate-50 text-xs font-medium uppercase tracking-wide text-slate-500">
              <tr>
                <th scope="col" className="px-4 py-2">Profile id</th>
                <th scope="col" className="px-4 py-2">Deleted</th>
                <th scope="col" className="px-4 py-2">By</th>
                <th scope="col" className="px-4 py-2">What went</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {deletions.map((d) => (
                <tr key={d.id} data-testid="deleted-profile-row">
                  <td className="px-4 py-2 font-mono text-xs text-slate-700">{d.profileId}</td>
                  <td className="px-4 py-2 whitespace-nowrap text-slate-600">{formatDateTime(d.deletedAt)}</td>
                  <td className="px-4 py-2 text-slate-700">{d.deletedByName ?? d.deletedBy}</td>
                  <td className="px-4 py-2 text-xs text-slate-600">{COUNT_LABELS.map(([key, label]) => `${d.counts[key] ?? 0} ${label}`).join(" · ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {total > deletions.length && <p className="border-t border-slate-100 px-4 py-2 text-xs text-slate-500">Showing the latest {deletions.length} of {total}.</p>}
        </div>
      )}
    </section>
  );
}
