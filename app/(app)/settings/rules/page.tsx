import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { requireMember } from "@/lib/auth/require-member";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { getWorkspaceRules } from "@/lib/workspace-settings/get-workspace-rules";
import { saveRulesAction } from "./actions";
import { RulesForm } from "./rules-form";

export const metadata: Metadata = { title: "Sending rules" };

export default async function RulesPage() {
  const member = await requireMember();
  const workspaceId = member.current.workspaceId;
  const [rules, journeys] = await Promise.all([
    getWorkspaceRules(db, workspaceId),
    db.journey.findMany({ where: { workspaceId, status: { not: "archived" } }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  const canEdit = can(member.current.role, "settings:write");
  return (
    <div className="mx-auto max-w-5xl space-y-6 p-8">
      <PageHeader
        title="Sending rules"
        description={`Frequency caps and quiet hours apply to every journey at send time, in each customer's own time zone (the workspace's, ${rules.timezone}, when unknown). A blocked message takes its step's "skipped" path or waits, as the step says.`}
        actions={<Link href="/settings" className="text-sm text-brand-700 hover:underline">Members</Link>}
      />
      {!canEdit && <p className="rounded-lg bg-amber-50 px-4 py-2.5 text-sm text-amber-900 ring-1 ring-amber-200">Read-only: only admins change sending rules.</p>}
      <RulesForm
        initial={{ frequencyCaps: rules.frequencyCaps.map((c) => ({ ...c, channels: c.channels ? [...c.channels] : null, exemptJourneyIds: [...c.exemptJourneyIds] })), quietHours: { ...rules.quietHours } }}
        journeys={journeys}
        canEdit={canEdit}
        action={saveRulesAction}
      />
    </div>
  );
}
