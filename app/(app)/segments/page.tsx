import type { Metadata } from "next";
import Link from "next/link";
import { Plus, UsersRound } from "lucide-react";
import { SEGMENT_EXAMPLES } from "@/components/segments/segment-examples";
import { formatDateTime } from "@/components/ui/format-date";
import { ListTable } from "@/components/ui/list-table";
import { PageHeader } from "@/components/ui/page-header";
import { ReadOnlyBanner } from "@/components/ui/read-only-banner";
import { requireMember } from "@/lib/auth/require-member";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { listSegments } from "@/lib/segments/list-segments";

export const metadata: Metadata = { title: "Segments" };

export default async function SegmentsPage() {
  const member = await requireMember();
  const canEdit = can(member.current.role, "journeys:write");
  const segments = await listSegments(db, member.current.workspaceId);
  const newButton = canEdit ? (
    <Link href="/segments/new" className="inline-flex items-center gap-1.5 rounded-md bg-brand-600 px-3.5 py-2 text-sm font-medium text-white hover:bg-brand-700">
      <Plus className="size-4" aria-hidden /> New segment
    </Link>
  ) : undefined;

  return (
    <div className="mx-auto max-w-6xl space-y-6 p-8">
      <PageHeader title="Segments" description="Saved audiences built from traits, events, consent and other segments. Membership stays current as data arrives; journeys can start when someone enters one." actions={newButton} />
      {!canEdit && <ReadOnlyBanner what="segments" />}
      {segments.length === 0 ? (
        <div className="flex flex-col items-center gap-3 rounded-xl border border-dashed border-slate-300 bg-white p-12 text-center">
          <UsersRound className="size-8 text-slate-400" aria-hidden />
          <p className="font-medium">{canEdit ? "Create your first segment" : "No segments yet"}</p>
          <p className="max-w-md text-sm text-slate-600">{canEdit ? "Describe who belongs with the same rules journeys use, and watch the size update as you edit. Start from an example:" : "Marketers and admins create segments; they will show up here."}</p>
          {canEdit && (
            <ul className="grid w-full max-w-2xl grid-cols-1 gap-2 text-left sm:grid-cols-2">
              {SEGMENT_EXAMPLES.map((example) => (
                <li key={example.key}>
                  <Link href={`/segments/new?example=${example.key}`} className="block rounded-lg border border-slate-200 p-3 hover:border-brand-300 hover:bg-brand-50/40">
                    <span className="block text-sm font-medium text-slate-900">{example.name}</span>
                    <span className="block text-xs text-slate-600">{example.description}</span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : (
        <ListTable fixed columns={[{ label: "Name" }, { label: "Members", className: "w-32 text-right" }, { label: "Last computed", className: "w-56" }, { label: "Used by", className: "w-64" }]}>
          {segments.map((s) => (
            <tr key={s.id} className="hover:bg-slate-50/60" data-testid="segment-row">
              <td className="px-4 py-3">
                <Link href={`/segments/${s.id}`} className="block truncate font-medium text-slate-900 hover:text-brand-700 hover:underline">{s.name}</Link>
                <p className="truncate text-xs text-slate-500" title={s.description || undefined}>{s.description || "No description"}</p>
              </td>
              <td className="px-4 py-3 text-right font-medium tabular-nums text-slate-800">{s.memberCount.toLocaleString("en")}</td>
              <td className="whitespace-nowrap px-4 py-3 text-slate-600">{s.computedAt ? formatDateTime(s.computedAt) : <span className="text-slate-400">Not yet</span>}</td>
              <td className="px-4 py-3">
                {s.usedBy.length === 0 ? (
                  <span className="text-slate-400">Not used</span>
                ) : (
                  <span className="block truncate text-slate-800" title={s.usedBy.map((j) => j.name).join(", ")}>
                    {s.usedBy.slice(0, 2).map((j, i) => (
                      <span key={j.id}>
                        {i > 0 && ", "}
                        <Link href={`/journeys/${j.id}`} className="hover:text-brand-700 hover:underline">{j.name}</Link>
                      </span>
                    ))}
                    {s.usedBy.length > 2 && ` +${s.usedBy.length - 2}`}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </ListTable>
      )}
    </div>
  );
}
