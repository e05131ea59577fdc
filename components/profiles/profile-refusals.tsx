import Link from "next/link";
import { Ban } from "lucide-react";
import { formatDateTime } from "@/components/ui/format-date";
import { listProfileRefusals, type TProfileRefusal } from "@/lib/profiles/list-profile-refusals";

/** "3 times, last 2 h ago" (once: "once, 2 h ago"). */
function howOften(refusal: TProfileRefusal): string {
  return refusal.count === 1 ? `once, ${refusal.lastAgo}` : `${refusal.count} times, last ${refusal.lastAgo}`;
}

/**
 * The journeys whose trigger matched this person but that did not take them — the re-entry
 * policy or an entry limit said no — with the reason, how often and when. Shown at the foot of
 * the Journeys section; nothing when there are none.
 */
export async function ProfileRefusals({ workspaceId, profileId }: { workspaceId: string; profileId: string }) {
  const refusals = await listProfileRefusals(workspaceId, profileId);
  if (refusals.length === 0) return null;
  return (
    <div className="border-t border-slate-100 bg-slate-50/60 px-5 py-3">
      <h3 id="refusals-title" className="text-xs font-semibold uppercase tracking-wide text-slate-500">Refused enrolments</h3>
      <ul className="mt-1.5 space-y-1 text-sm" aria-labelledby="refusals-title">
        {refusals.map((r) => (
          <li key={`${r.journeyId}:${r.reason}`} className="flex items-start gap-2 text-slate-700" data-testid="profile-refusal" data-reason={r.reason}>
            <Ban className="mt-0.5 size-3.5 shrink-0 text-slate-400" aria-hidden />
            <span>
              Not enrolled in{" "}
              <Link href={`/journeys/${r.journeyId}`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">{r.journeyName}</Link>: {r.detail}{" "}
              <span className="text-slate-500" title={`first ${formatDateTime(r.firstAt)}, last ${formatDateTime(r.lastAt)}`}>— {howOften(r)}</span>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
