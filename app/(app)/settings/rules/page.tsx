import type { Metadata } from "next";
import { SettingsTabs } from "@/components/settings/api-keys/settings-tabs";
import { PageHeader } from "@/components/ui/page-header";
import { requireMember } from "@/lib/auth/require-member";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { listJourneys } from "@/lib/journeys/list-journeys";
import { getWorkspaceRules } from "@/lib/workspace-settings/get-workspace-rules";
import { saveRulesAction } from "./actions";
import { RulesForm } from "./rules-form";

export const metadata: Metadata = { title: "Sending rules" };

export default async function RulesPage() {
  const member = await requireMember();
  const workspaceId = member.current.workspaceId;
  const [rules, journeys] = await Promise.all([
    getWorkspaceRules(db, workspaceId),
    listJourneys(workspaceId),
  ]);
  const canEdit = can(member.current.role, "settings:write");
  return (
    <div className="mx-auto max-w-5xl space-y-6 p-8">
      <PageHeader
        title="Sending rules"
        description={`Frequency caps and quiet hours apply to every journey at send time, in each customer's own time zone (the workspace's, ${rules.timezone}, when unknown). A blocked message takes its step's "skipped" path or waits, as the step says.`}
      />
      <SettingsTabs current="rules" isAdmin={can(member.current.role, "members:manage")} />
      {!canEdit && <p className="rounded-lg bg-amber-50 px-4 py-2.5 text-sm text-amber-900 ring-1 ring-amber-200">Read-only: only admins change sending rules.</p>}
      <RulesForm
        initial={{ frequencyCaps: rules.frequencyCaps.map((c) => ({ ...c, channels: c.channels ? [...c.channels] : null, exemptJourneyIds: [...c.exemptJourneyIds] })), quietHours: { ...rules.quietHours } }}
        journeys={journeys.map((j) => ({ id: j.id, name: j.name })).sort((a, b) => a.name.localeCompare(b.name))}
        canEdit={canEdit}
        action={saveRulesAction}
      />
    </div>
  );
}
