import clsx from "clsx";
import { formatDateTime } from "@/components/ui/format-date";
import type { TSource } from "@/lib/api-keys/list-sources";

function Stat({ label, value, tone, hint }: { label: string; value: number; tone?: "bad"; hint?: string }) {
  return (
    <div title={hint}>
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{label}</dt>
      <dd className={clsx("text-2xl font-semibold tabular-nums", tone === "bad" && value > 0 ? "text-red-700" : "text-slate-900")}>{value.toLocaleString("en-GB")}</dd>
    </div>
  );
}

/** One write key as a source: how many events it delivered, how many were refused, and why. */
export function SourceCard({ source }: { source: TSource }) {
  return (
    <section aria-label={`Source ${source.name}`} data-testid="source-card" className="space-y-4 rounded-xl border border-slate-200 bg-white p-6 shadow-xs">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-base font-semibold">
          {source.name} <code className="ml-1 rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs font-normal text-slate-600">{source.prefix}…</code>
          {source.revokedAt && <span className="ml-2 rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-600">revoked {formatDateTime(source.revokedAt)}</span>}
        </h2>
        <p className="text-xs text-slate-500">{source.lastUsedAt ? `Last request ${formatDateTime(source.lastUsedAt)}` : "No requests yet"}</p>
      </div>
      <dl className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-5">
        <Stat label="Accepted" value={source.accepted} />
        <Stat label="Repeats (stored once)" value={source.duplicates} />
        <Stat label="Rejected" value={source.rejected} tone="bad" />
        <Stat label="Identifiers dropped" value={source.droppedIdentifiers} hint="Identifiers the accepted events carried but that were not attached: they would have broken the identity rules, or were not a valid email or phone (Settings → Identity)" />
        <Stat label="Future timestamps" value={source.futureTimestamps} hint="Events whose timestamp lay ahead of their arrival: their time was set to when they arrived" />
      </dl>
      {source.recentRejections.length > 0 ? (
        <div>
          <h3 className="mb-2 text-sm font-medium text-slate-700">Latest rejections</h3>
          <ul className="divide-y divide-slate-100 rounded-md border border-slate-200 text-sm" aria-label={`Latest rejections of ${source.name}`}>
            {source.recentRejections.map((r, i) => (
              <li key={`${r.at}-${i}`} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 px-3 py-2">
                <span className="whitespace-nowrap text-xs text-slate-500">{formatDateTime(r.at)}</span>
                {r.eventType && <span className="rounded bg-slate-100 px-1.5 text-xs text-slate-600">{r.eventType}</span>}
                <code className="min-w-0 flex-1 break-words font-mono text-xs text-red-800">{r.reason}</code>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="text-sm text-slate-500">{source.rejected > 0 ? "Older rejections are no longer kept." : "Nothing rejected: every event this key sent was valid."}</p>
      )}
    </section>
  );
}
