import Link from "next/link";
import { formatDateTime } from "@/components/ui/format-date";
import type { TDroppedIdentifierView } from "@/lib/profiles/list-dropped-identifiers";

export const REASON_LABELS: Record<TDroppedIdentifierView["reason"], string> = { conflict: "Conflict", limit: "Limit reached", invalid: "Not valid" };

const REASON_TONES: Record<TDroppedIdentifierView["reason"], string> = { conflict: "bg-amber-50 text-amber-800 ring-amber-200", limit: "bg-sky-50 text-sky-800 ring-sky-200", invalid: "bg-slate-100 text-slate-700 ring-slate-200" };

/** The reason as a small badge. */
export function DropReasonBadge({ reason }: { reason: TDroppedIdentifierView["reason"] }) {
  return <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ${REASON_TONES[reason]}`}>{REASON_LABELS[reason]}</span>;
}

/** The workspace's latest dropped identifiers: what, why, when, and the profile the event landed on (and the owner's, for a conflict). */
export function DroppedIdentifierList({ rows }: { rows: TDroppedIdentifierView[] }) {
  if (rows.length === 0) return <p className="px-6 py-5 text-sm text-slate-500">Nothing dropped yet: every identifier your events carried was attached.</p>;
  return (
    <table className="w-full text-left text-sm">
      <thead className="border-b border-slate-100 text-xs text-slate-500">
        <tr>
          <th scope="col" className="px-6 py-2 font-medium">When</th>
          <th scope="col" className="px-2 py-2 font-medium">Why</th>
          <th scope="col" className="px-2 py-2 font-medium">Identifier</th>
          <th scope="col" className="px-6 py-2 font-medium">Profiles</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => (
          <tr key={row.id} data-testid="dropped-identifier-row" className="align-top">
            <td className="px-6 py-2.5 text-xs whitespace-nowrap text-slate-500">{formatDateTime(row.at)}</td>
            <td className="px-2 py-2.5"><DropReasonBadge reason={row.reason} /></td>
            <td className="px-2 py-2.5">
              <span className="font-mono text-xs [overflow-wrap:anywhere] text-slate-900">{row.kind} {row.value}</span>
              <p className="mt-0.5 text-xs text-slate-600">{row.detail}</p>
            </td>
            <td className="px-6 py-2.5 text-xs whitespace-nowrap">
              <Link href={`/profiles/${row.profileId}`} className="text-brand-700 hover:underline">Event&apos;s profile</Link>
              {row.ownerProfileId && (
                <>
                  <br />
                  <Link href={`/profiles/${row.ownerProfileId}`} className="text-brand-700 hover:underline">Owner&apos;s profile</Link>
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
