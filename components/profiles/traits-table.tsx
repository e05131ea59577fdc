import { formatDateTime } from "@/components/ui/format-date";
import { EmptyNote, ProfileSection } from "./profile-section";
import { traitText } from "./profile-names";

/** Every trait with its value and when the observation that set it happened. */
export function TraitsTable({ traits, timestamps, timezone, locale }: { traits: Record<string, unknown>; timestamps: Record<string, string>; timezone: string | null; locale: string | null }) {
  const rows: [string, unknown, string | undefined][] = Object.keys(traits)
    .sort()
    .map((key) => [key, traits[key], timestamps[key]]);
  if (timezone) rows.push(["time zone", timezone, timestamps.$timezone]);
  if (locale) rows.push(["locale", locale, timestamps.$locale]);
  return (
    <ProfileSection id="traits" title="Traits" count={`(${rows.length})`}>
      {rows.length === 0 ? (
        <EmptyNote>No traits yet. They arrive with identify calls (`traits`) and CSV imports.</EmptyNote>
      ) : (
        <table className="w-full text-left text-sm">
          <thead className="sr-only">
            <tr><th scope="col">Trait</th><th scope="col">Value</th><th scope="col">Last set</th></tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map(([key, value, at]) => (
              <tr key={key} data-testid="trait-row">
                <th scope="row" className="w-36 px-5 py-2 align-top font-mono text-xs font-normal text-slate-500">{key}</th>
                <td className="px-2 py-2 align-top [overflow-wrap:anywhere] text-slate-900">{traitText(value)}</td>
                <td className="w-px px-5 py-2 text-right align-top text-xs whitespace-nowrap text-slate-500">{at ? `set ${formatDateTime(at)}` : ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </ProfileSection>
  );
}
