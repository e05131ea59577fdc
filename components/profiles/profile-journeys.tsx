import clsx from "clsx";
import Link from "next/link";
import { formatDateTime } from "@/components/ui/format-date";
import type { TProfileJourney } from "@/lib/profiles/list-profile-journeys";
import { EmptyNote, ProfileSection } from "./profile-section";

const STATE_STYLES: Record<string, string> = {
  active: "bg-sky-50 text-sky-700 ring-sky-200",
  waiting: "bg-amber-50 text-amber-800 ring-amber-200",
  completed: "bg-emerald-50 text-emerald-700 ring-emerald-200",
  exited: "bg-slate-100 text-slate-600 ring-slate-200",
};

/** Where the profile stands in each journey, with the step log and every decision's reason; `after` closes the section (the refused enrolments). */
export function ProfileJourneys({ journeys, after }: { journeys: TProfileJourney[]; after?: React.ReactNode }) {
  return (
    <ProfileSection id="journeys" title="Journeys" count={`(${journeys.length})`}>
      {journeys.length === 0 ? (
        <EmptyNote>Not in any journey. A live journey enrols this person when they perform its trigger event or enter its segment.</EmptyNote>
      ) : (
        <ul className="divide-y divide-slate-100">
          {journeys.map((j) => (
            <li key={j.id} className="px-5 py-3" data-testid="profile-journey" data-state={j.state}>
              <div className="flex flex-wrap items-start gap-x-4 gap-y-1">
                <div className="min-w-0 flex-1">
                  <p className="text-sm font-medium text-slate-900">
                    <Link href={`/journeys/${j.journeyId}`} className="hover:text-brand-700 hover:underline">{j.journeyName}</Link> <span className="font-normal text-slate-500">· v{j.version}</span>
                  </p>
                  <p className="text-xs text-slate-600">
                    {j.currentNodeLabel ? <>{j.state === "exited" || j.state === "completed" ? "left at" : "at"} <strong className="font-medium text-slate-800" data-testid="current-node">{j.currentNodeLabel}</strong></> : "not started"}
                    {j.state === "waiting" && j.wakeAt && <> · wakes {formatDateTime(j.wakeAt)}</>}
                    {j.waitingFor && <> · waiting for “{j.waitingFor}”</>}
                    {j.exitReason && <> · exit: <span data-testid="exit-reason">{j.exitReason}</span></>}
                    {j.convertedAt && <> · converted {formatDateTime(j.convertedAt)}</>}
                  </p>
                </div>
                <div className="flex shrink-0 flex-col items-end gap-1">
                  <span className={clsx("rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset", STATE_STYLES[j.state] ?? STATE_STYLES.exited)}>{j.state}</span>
                  <span className="text-xs text-slate-500">entered {formatDateTime(j.enteredAt)}</span>
                </div>
              </div>
              <details className="mt-2">
                <summary className="cursor-pointer text-xs font-medium text-brand-700">Step log ({j.steps.length})</summary>
                <ol className="mt-2 space-y-1 border-l-2 border-slate-200 pl-3 text-xs" aria-label={`Step log of ${j.journeyName}`}>
                  {j.steps.map((s) => (
                    <li key={s.id} className="grid grid-cols-[10.5rem_1fr] gap-2" data-testid="step-log-line">
                      <time dateTime={s.at} className="text-slate-500">{formatDateTime(s.at)}</time>
                      <span className="text-slate-800">
                        <strong className="font-medium">{s.nodeLabel}</strong> <span className="text-slate-400">({s.nodeId})</span> — {s.action}
                        {s.handle && <span className="text-slate-500"> → {s.handle}</span>}
                        {s.reason && <>: <span className="text-slate-600">{s.reason}</span></>}
                      </span>
                    </li>
                  ))}
                </ol>
              </details>
            </li>
          ))}
        </ul>
      )}
      {after}
    </ProfileSection>
  );
}
