import { ExternalLink } from "lucide-react";
import type { Metadata } from "next";
import { BrandingForm } from "@/components/preferences/settings/branding-form";
import { ConsentPolicyForm, type TPolicyRow } from "@/components/preferences/settings/consent-policy-form";
import { TopicsPanel } from "@/components/preferences/settings/topics-panel";
import { SettingsTabs } from "@/components/settings/api-keys/settings-tabs";
import { PageHeader } from "@/components/ui/page-header";
import { requireMember } from "@/lib/auth/require-member";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { consentPolicyFor } from "@/lib/engine/send-rules/check-consent";
import { CONSENT_SENSITIVE_CHANNELS } from "@/lib/journey/channels";
import { getPreferenceBranding } from "@/lib/preferences/get-preference-branding";
import { CUSTOMER_CHANNEL_LABELS, CUSTOMER_CHANNELS } from "@/lib/preferences/preference-channels";
import { listTopics } from "@/lib/topics/list-topics";
import { getWorkspaceRules } from "@/lib/workspace-settings/get-workspace-rules";
import { saveBrandingAction, savePolicyAction, saveTopicAction } from "./actions";

export const metadata: Metadata = { title: "Preference centre" };

function Section({ title, description, children, actions }: { title: string; description: string; children: React.ReactNode; actions?: React.ReactNode }) {
  return (
    <section className="rounded-xl border border-slate-200 bg-white shadow-xs" aria-label={title}>
      <div className="flex flex-wrap items-start justify-between gap-4 border-b border-slate-100 px-6 py-4">
        <div>
          <h2 className="text-base font-semibold">{title}</h2>
          <p className="text-sm text-slate-600">{description}</p>
        </div>
        {actions}
      </div>
      {children}
    </section>
  );
}

export default async function PreferenceSettingsPage() {
  const member = await requireMember();
  const workspaceId = member.current.workspaceId;
  const [rules, topics, branding, stored] = await Promise.all([
    getWorkspaceRules(db, workspaceId),
    listTopics(workspaceId, { includeArchived: true }),
    getPreferenceBranding(workspaceId),
    db.workspaceSettings.findUnique({ where: { workspaceId }, select: { preferenceCentre: true } }),
  ]);
  const canEdit = can(member.current.role, "settings:write");
  const storedBranding = (stored?.preferenceCentre ?? {}) as Record<string, unknown>;
  const rows: TPolicyRow[] = CUSTOMER_CHANNELS.map((channel) => ({ channel, label: CUSTOMER_CHANNEL_LABELS[channel]?.label ?? channel, policy: consentPolicyFor(channel, { workspace: rules }), sensitive: CONSENT_SENSITIVE_CHANNELS.includes(channel) }));
  return (
    <div className="mx-auto max-w-5xl space-y-6 p-8">
      <PageHeader
        title="Preference centre"
        description="How consent works per channel, the topics customers can pick, and the page they reach from every message's unsubscribe and preferences links. Changes apply to the next step of every journey."
        actions={
          <a href="/p/preview" target="_blank" rel="noreferrer" className="inline-flex items-center gap-1.5 rounded-md border border-slate-300 bg-white px-3.5 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50">
            <ExternalLink className="size-4" aria-hidden /> Preview preference centre
          </a>
        }
      />
      <SettingsTabs current="preferences" isAdmin={can(member.current.role, "members:manage")} />
      {!canEdit && <p className="rounded-lg bg-amber-50 px-4 py-2.5 text-sm text-amber-900 ring-1 ring-amber-200">Read-only: only admins change the consent policy, topics and branding.</p>}
      <Section title="Consent policy" description="Whether a customer who was never asked may receive messages on each channel. Checked at send time; a refused send is logged with its reason.">
        <ConsentPolicyForm rows={rows} canEdit={canEdit} action={savePolicyAction} />
      </Section>
      <Section title="Topics" description="What customers can subscribe to separately. Pick a topic on a message step; customers unsubscribed from it are skipped with the reason.">
        <TopicsPanel topics={topics.map((t) => ({ ...t, subscribers: t.subscribers ?? 0, unsubscribers: t.unsubscribers ?? 0 }))} canEdit={canEdit} action={saveTopicAction} />
      </Section>
      <Section title="Branding" description="The look of the preference centre and the unsubscribe confirmation page.">
        <BrandingForm
          initial={{ companyName: typeof storedBranding.companyName === "string" ? storedBranding.companyName : "", accentColor: branding.accentColor, footer: branding.footer, logoUrl: branding.logoUrl }}
          workspaceName={member.current.workspaceName}
          canEdit={canEdit}
          action={saveBrandingAction}
        />
      </Section>
    </div>
  );
}
