import clsx from "clsx";
import { formatDateTime } from "@/components/ui/format-date";
import { CHANNEL_LABELS, type TChannel } from "@/lib/journey/channels";
import type { TProfileDetail } from "@/lib/profiles/profile-schemas";
import { ProfileSection } from "./profile-section";

const STATUS: Record<string, { label: string; style: string }> = {
  subscribed: { label: "Subscribed", style: "bg-emerald-50 text-emerald-700 ring-emerald-200" },
  unsubscribed: { label: "Unsubscribed", style: "bg-red-50 text-red-700 ring-red-200" },
  neverAsked: { label: "Never asked", style: "bg-slate-100 text-slate-600 ring-slate-200" },
};

/** What a send on the channel would do, given the model and the profile's answer. */
function verdict(policy: "optIn" | "optOut", status: string): string {
  if (policy === "optIn") return status === "subscribed" ? "may be messaged" : "not messaged until they opt in";
  return status === "unsubscribed" ? "not messaged" : "may be messaged";
}

/** Consent per channel next to the workspace's model (opt-in / opt-out), with where each answer came from. */
export function ConsentTable({ consent, policies }: { consent: TProfileDetail["consent"]; policies: Record<TChannel, "optIn" | "optOut"> }) {
  const channels = Object.keys(consent) as TChannel[];
  return (
    <ProfileSection id="consent" title="Consent">
      <table className="w-full text-left text-sm">
        <thead className="bg-slate-50 text-xs font-medium text-slate-500">
          <tr>
            <th scope="col" className="px-5 py-2">Channel</th>
            <th scope="col" className="px-2 py-2">Status</th>
            <th scope="col" className="px-2 py-2">Workspace policy</th>
            <th scope="col" className="px-5 py-2">Source</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {channels.map((channel) => {
            const c = consent[channel];
            const s = STATUS[c.status] ?? STATUS.neverAsked;
            const policy = policies[channel];
            return (
              <tr key={channel} data-testid="consent-row" data-channel={channel}>
                <th scope="row" className="px-5 py-2 font-medium text-slate-800">{CHANNEL_LABELS[channel]}</th>
                <td className="px-2 py-2">
                  <span className={clsx("rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset", s?.style)}>{s?.label}</span>
                </td>
                <td className="px-2 py-2 text-xs text-slate-600">
                  {policy === "optIn" ? "Opt-in required" : "Opt-out"} · <span className="text-slate-500">{verdict(policy, c.status)}</span>
                </td>
                <td className="px-5 py-2 text-xs text-slate-500">{c.source ? `${c.source}${c.updatedAt ? `, ${formatDateTime(c.updatedAt)}` : ""}` : "—"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ProfileSection>
  );
}
