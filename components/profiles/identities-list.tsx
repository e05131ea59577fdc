import { formatDateTime } from "@/components/ui/format-date";
import type { TProfileSummary } from "@/lib/profiles/profile-schemas";
import { ProfileSection } from "./profile-section";

const KIND_LABELS: Record<string, string> = { userId: "User id", anonymousId: "Anonymous id", email: "Email", phone: "Phone", deviceId: "Device id" };

/** The identifiers that lead to this profile, each with the time it was first seen. */
export function IdentitiesList({ identities }: { identities: TProfileSummary["identities"] }) {
  return (
    <ProfileSection id="identities" title="Identities" count={`(${identities.length})`}>
      <table className="w-full text-left text-sm">
        <thead className="sr-only">
          <tr><th scope="col">Kind</th><th scope="col">Value</th><th scope="col">Since</th></tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {identities.map((i) => (
            <tr key={`${i.kind}:${i.value}`} data-testid="identity-row">
              <th scope="row" className="w-28 px-5 py-2 align-top text-xs font-medium whitespace-nowrap text-slate-500">{KIND_LABELS[i.kind] ?? i.kind}</th>
              <td className="px-2 py-2 align-top font-mono text-xs [overflow-wrap:anywhere] text-slate-900">{i.value}</td>
              <td className="w-px px-5 py-2 text-right align-top text-xs whitespace-nowrap text-slate-500">since {formatDateTime(i.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ProfileSection>
  );
}
