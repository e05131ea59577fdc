import type { Metadata } from "next";
import Link from "next/link";
import { Route } from "lucide-react";
import { JourneyRowActions } from "@/components/journeys/journey-row-actions";
import { JourneyStatusBadge } from "@/components/journeys/journey-status-badge";
import { NewJourneyDialog } from "@/components/journeys/new-journey-dialog";
import { formatDateTime } from "@/components/ui/format-date";
import { ListTable } from "@/components/ui/list-table";
import { PageHeader } from "@/components/ui/page-header";
import { ReadOnlyBanner } from "@/components/ui/read-only-banner";
import { requireMember } from "@/lib/auth/require-member";
import { can } from "@/lib/auth/roles";
import { listJourneyTemplates } from "@/lib/journeys/list-journey-templates";
import { listJourneys } from "@/lib/journeys/list-journeys";
import {
  archiveJourneyAction,
  createJourneyAction,
  createJourneyFromTemplateAction,
  duplicateJourneyAction,
  pauseJourneyAction,
  renameJourneyAction,
  resumeJourneyAction,
} from "./actions";

export const metadata: Metadata = { title: "Journeys" };

export default async function JourneysPage({ searchParams }: { searchParams: Promise<{ archived?: string }> }) {
  const member = await requireMember();
  const showArchived = (await searchParams).archived === "1";
  const journeys = await listJourneys(member.current.workspaceId, { status: showArchived ? "archived" : undefined });
  const canEdit = can(member.current.role, "journeys:write");

  return (
    <div className="mx-auto max-w-6xl space-y-6 p-8">
      <PageHeader
        title={showArchived ? "Archived journeys" : "Journeys"}
        description="Each journey is a graph of triggers, waits, branches and messages that runs for every customer who enters it."
        actions={
          canEdit && !showArchived ? <NewJourneyDialog templates={listJourneyTemplates()} createBlankAction={createJourneyAction} createFromTemplateAction={createJourneyFromTemplateAction} /> : undefined
        }
      />
      {!canEdit && <ReadOnlyBanner what="journeys" />}
      <div className="flex justify-end text-sm">
        <Link href={showArchived ? "/journeys" : "/journeys?archived=1"} className="text-brand-700 hover:underline">
          {showArchived ? "← Back to active journeys" : "Show archived"}
        </Link>
      </div>
      {journeys.length === 0 ? (
        <div className="flex flex-col items-center gap-2 rounded-xl border border-dashed border-slate-300 bg-white p-12 text-center">
          <Route className="size-8 text-slate-400" aria-hidden />
          <p className="font-medium">{showArchived ? "No archived journeys" : "No journeys yet"}</p>
          <p className="max-w-sm text-sm text-slate-600">
            {showArchived ? "Journeys you archive land here, kept for their history." : canEdit ? "Create one with “New journey”: start blank with a trigger, or from a template such as a cart-recovery cascade, then publish it from the editor." : "Marketers and admins create journeys; they will show up here."}
          </p>
        </div>
      ) : (
        <ListTable columns={[{ label: "Name", className: "min-w-56" }, { label: "Status" }, { label: "Owner" }, { label: "Updated" }, canEdit && !showArchived && { label: "Actions", hidden: true, className: "text-right" }]}>
          {journeys.map((j) => (
            <tr key={j.id} className="hover:bg-slate-50/60" data-testid="journey-row">
              <td className="px-4 py-3">
                <Link href={`/journeys/${j.id}`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
                  {j.name}
                </Link>
                <p className="line-clamp-1 text-xs text-slate-500" title={j.description || undefined}>{j.nodeCount} {j.nodeCount === 1 ? "step" : "steps"}{j.description ? ` · ${j.description}` : ""}</p>
              </td>
              <td className="px-4 py-3"><JourneyStatusBadge status={j.status} liveVersion={j.liveVersion} /></td>
              <td className="px-4 py-3 whitespace-nowrap text-slate-700">{j.owner?.name ?? "—"}</td>
              <td className="px-4 py-3 whitespace-nowrap text-slate-600">
                {formatDateTime(j.updatedAt)}
                <p className="text-xs text-slate-400">created {formatDateTime(j.createdAt)}</p>
              </td>
              {canEdit && !showArchived && (
                <td className="px-4 py-3">
                  <JourneyRowActions
                    id={j.id}
                    name={j.name}
                    status={j.status}
                    renameAction={renameJourneyAction}
                    pauseAction={pauseJourneyAction}
                    resumeAction={resumeJourneyAction}
                    duplicateAction={duplicateJourneyAction}
                    archiveAction={archiveJourneyAction}
                  />
                </td>
              )}
            </tr>
          ))}
        </ListTable>
      )}
    </div>
  );
}
