import Link from "next/link";
import { formatDateTime } from "@/components/ui/format-date";
import type { TProfileSummary } from "@/lib/profiles/profile-schemas";
import { displayName, identityOf, keyTraits } from "./profile-names";

/** Profiles as a table: who (name, email, phone, user id), key traits, last and first seen. */
export function ProfileTable({ profiles, caption }: { profiles: TProfileSummary[]; caption: string }) {
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-xs">
      <table className="w-full text-left text-sm">
        <caption className="border-b border-slate-100 px-4 py-2.5 text-left text-sm font-semibold text-slate-700">{caption}</caption>
        <thead className="bg-slate-50 text-xs font-medium uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="min-w-52 px-4 py-2.5">Profile</th>
            <th scope="col" className="px-4 py-2.5">Phone</th>
            <th scope="col" className="px-4 py-2.5">User id</th>
            <th scope="col" className="min-w-72 px-4 py-2.5">Key traits</th>
            <th scope="col" className="px-4 py-2.5">Last seen · first seen</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {profiles.map((p) => {
            const email = identityOf(p, "email");
            return (
              <tr key={p.id} className="hover:bg-slate-50/60" data-testid="profile-row">
                <td className="px-4 py-2.5">
                  <Link href={`/profiles/${p.id}`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
                    {displayName(p)}
                  </Link>
                  {email && email !== displayName(p) && <p className="text-xs text-slate-500">{email}</p>}
                </td>
                <td className="px-4 py-2.5 whitespace-nowrap text-slate-700">{identityOf(p, "phone") ?? <span className="text-slate-400">—</span>}</td>
                <td className="max-w-40 truncate px-4 py-2.5 font-mono text-xs text-slate-700" title={identityOf(p, "userId") ?? undefined}>{identityOf(p, "userId") ?? <span className="font-sans text-slate-400">anonymous</span>}</td>
                <td className="px-4 py-2.5">
                  <div className="flex flex-wrap gap-1">
                    {keyTraits(p.traits).map(([key, value]) => (
                      <span key={key} className="rounded bg-slate-100 px-1.5 py-0.5 text-xs whitespace-nowrap text-slate-700">
                        <span className="text-slate-500">{key}</span> {value}
                      </span>
                    ))}
                  </div>
                </td>
                <td className="px-4 py-2.5 whitespace-nowrap text-slate-700">
                  {formatDateTime(p.lastSeenAt)}
                  <p className="text-xs text-slate-400">first {formatDateTime(p.firstSeenAt)}</p>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
