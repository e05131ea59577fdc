import clsx from "clsx";
import { formatDateTime } from "@/components/ui/format-date";
import { CHANNEL_LABELS, type TChannel } from "@/lib/journey/channels";
import type { TProfilePreferences } from "@/lib/preferences/preference-schemas";
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

/**
 * Consent per channel next to the workspace's model (opt-in / opt-out), with where each answer
 * came from, then the subscription topics of the preference centre with the profile's choice.
 */
export function ConsentTable({ consent, policies, topics = {} }: { consent: TProfileDetail["consent"]; policies: Record<TChannel, "optIn" | "optOut">; topics?: TProfilePreferences["topics"] }) {
  const channels = Object.keys(consent) as TChannel[];
  const topicEntries = Object.entries(topics).filter(([, t]) => !t.archived || t.status !== "neverAsked");
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
      {topicEntries.length > 0 && (
        <table className="w-full border-t border-slate-200 text-left text-sm" aria-label="Subscription topics">
          <thead className="bg-slate-50 text-xs font-medium text-slate-500">
            <tr>
              <th scope="col" className="px-5 py-2">Topic</th>
              <th scope="col" className="px-2 py-2">Status</th>
              <th scope="col" className="px-2 py-2">Default</th>
              <th scope="col" className="px-5 py-2">Source</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {topicEntries.map(([id, t]) => {
              const s = STATUS[t.status] ?? STATUS.neverAsked;
              return (
                <tr key={id} data-testid="topic-row">
                  <th scope="row" className="px-5 py-2 font-medium text-slate-800">
                    {t.name}
                    {t.archived && <span className="ml-1 text-xs font-normal text-slate-400">(archived)</span>}
                  </th>
                  <td className="px-2 py-2">
                    <span className={clsx("rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset", s?.style)}>{s?.label}</span>
                  </td>
                  <td className="px-2 py-2 text-xs text-slate-600">
                    {t.defaultSubscribed ? "Subscribed unless they opt out" : "Only if they opt in"} · <span className="text-slate-500">{t.receives ? "receives" : "does not receive"}</span>
                  </td>
                  <td className="px-5 py-2 text-xs text-slate-500">{t.source ? `${t.source}${t.updatedAt ? `, ${formatDateTime(t.updatedAt)}` : ""}` : "—"}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </ProfileSection>
  );
}
