import type { Metadata } from "next";
import { SettingsTabs } from "@/components/settings/api-keys/settings-tabs";
import { DroppedIdentifierList, REASON_LABELS } from "@/components/settings/identity/dropped-identifier-list";
import { IdentityRulesForm } from "@/components/settings/identity/identity-rules-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireMember } from "@/lib/auth/require-member";
import { can } from "@/lib/auth/roles";
import { DROP_REASONS } from "@/lib/profiles/describe-dropped-identifier";
import { getIdentitySettings } from "@/lib/profiles/get-identity-settings";
import { MAX_IDENTITY_LIMIT } from "@/lib/profiles/identity-rules";
import { listDroppedIdentifiers } from "@/lib/profiles/list-dropped-identifiers";
import { saveIdentityRulesAction } from "./actions";

export const metadata: Metadata = { title: "Identity · Settings" };

export default async function IdentitySettingsPage() {
  const member = await requireMember();
  const workspaceId = member.current.workspaceId;
  const [settings, recent] = await Promise.all([getIdentitySettings(workspaceId), listDroppedIdentifiers(workspaceId, { limit: 20 })]);
  const canEdit = can(member.current.role, "settings:write");
  return (
    <div className="mx-auto max-w-5xl space-y-6 p-8">
      <PageHeader title="Identity resolution" description="How the identifiers events carry (user ids, emails, phones, devices, anonymous ids) decide which profile an event belongs to, and when two profiles become one." />
      <SettingsTabs current="identity" isAdmin={can(member.current.role, "members:manage")} />
      {!canEdit && <p className="rounded-lg bg-amber-50 px-4 py-2.5 text-sm text-amber-900 ring-1 ring-amber-200">Read-only: only admins change identity rules.</p>}
      <section aria-label="What happens on a conflict" className="rounded-xl border border-slate-200 bg-white px-6 py-4 text-sm text-slate-700 shadow-xs">
        <h2 className="mb-1 text-base font-semibold text-slate-900">What happens on a conflict</h2>
        <p>
          Each event&apos;s identifiers are taken in priority order. The first always lands, so the event joins the profile of its highest-priority identifier. A later
          identifier that belongs to another profile merges the two only if the merged profile stays within every limit; otherwise it is not attached (a
          <em> conflict</em>: the other profile keeps it), and a new identifier is not added once its kind is full (<em>limit reached</em>). Nothing is lost: the event is
          kept, the identifier is recorded on the profile under &quot;Identifiers not attached&quot; and counted on its source. With the default one user id per profile, two
          known customers sharing a phone or a device never merge. Changes apply to events from now on; existing profiles and past merges stay as they are.
        </p>
      </section>
      <IdentityRulesForm
        initial={{ priority: [...settings.rules.priority], limits: { ...settings.rules.limits } }}
        defaults={{ priority: [...settings.defaults.priority], limits: { ...settings.defaults.limits } }}
        canEdit={canEdit}
        maxLimit={MAX_IDENTITY_LIMIT}
        action={saveIdentityRulesAction}
      />
      <section aria-label="Dropped identifiers" className="rounded-xl border border-slate-200 bg-white shadow-xs">
        <div className="border-b border-slate-100 px-6 py-4">
          <h2 className="text-base font-semibold">Dropped identifiers</h2>
          <dl className="mt-3 grid grid-cols-3 gap-4 sm:max-w-lg">
            {DROP_REASONS.map((reason) => (
              <div key={reason}>
                <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">{REASON_LABELS[reason]}</dt>
                <dd className="text-2xl font-semibold text-slate-900 tabular-nums" data-testid={`dropped-${reason}`}>{settings.dropped[reason].toLocaleString("en-GB")}</dd>
              </div>
            ))}
          </dl>
        </div>
        <h3 className="px-6 pt-4 text-sm font-medium text-slate-700">Latest 20</h3>
        <DroppedIdentifierList rows={recent} />
      </section>
    </div>
  );
}
