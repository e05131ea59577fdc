import type { Metadata } from "next";
import clsx from "clsx";
import Link from "next/link";
import { LayoutTemplate, Search } from "lucide-react";
import { ChannelIcon } from "@/components/templates/channel-icon";
import { NewTemplateMenu } from "@/components/templates/new-template-menu";
import { formatDateTime } from "@/components/ui/format-date";
import { ListTable } from "@/components/ui/list-table";
import { PageHeader } from "@/components/ui/page-header";
import { ReadOnlyBanner } from "@/components/ui/read-only-banner";
import { requireMember } from "@/lib/auth/require-member";
import { can } from "@/lib/auth/roles";
import { CHANNEL_LABELS, CHANNELS, ZChannel, type TChannel } from "@/lib/journey/channels";
import { listTemplates } from "@/lib/message-templates/list-templates";

export const metadata: Metadata = { title: "Templates" };

function href(channel: TChannel | null, q: string): string {
  const params = new URLSearchParams({ ...(channel && { channel }), ...(q && { q }) });
  const query = params.toString();
  return query ? `/templates?${query}` : "/templates";
}

export default async function TemplatesPage({ searchParams }: { searchParams: Promise<{ channel?: string; q?: string }> }) {
  const member = await requireMember();
  const params = await searchParams;
  const channel = ZChannel.safeParse(params.channel).data ?? null;
  const q = (params.q ?? "").trim().slice(0, 120);
  const canEdit = can(member.current.role, "journeys:write");
  // One list for the search; the tabs count it per channel and the table shows the chosen one.
  const matching = await listTemplates(member.current.workspaceId, { q });
  const counts = Object.fromEntries(CHANNELS.map((c) => [c, matching.filter((t) => t.channel === c).length])) as Record<TChannel, number>;
  const templates = channel ? matching.filter((t) => t.channel === channel) : matching;
  const workspaceEmpty = matching.length === 0 && !q;

  return (
    <div className="mx-auto max-w-6xl space-y-6 p-8">
      <PageHeader
        title="Templates"
        description={"The messages journeys send, one template per channel. Liquid variables such as {{\u00a0profile.traits.first_name\u00a0}} make every copy personal."}
        actions={canEdit ? <NewTemplateMenu /> : undefined}
      />
      {!canEdit && <ReadOnlyBanner what="templates" />}
      <div className="flex flex-wrap items-center justify-between gap-3">
        <nav aria-label="Channels" className="flex flex-wrap gap-1">
          {[null, ...CHANNELS].map((c) => {
            const count = c ? counts[c] : matching.length;
            const active = c === channel;
            return (
              <Link
                key={c ?? "all"}
                href={href(c, q)}
                aria-current={active ? "page" : undefined}
                className={clsx(
                  "inline-flex items-center gap-1.5 rounded-full px-3 py-1 text-sm font-medium ring-1 ring-inset transition-colors",
                  active ? "bg-slate-900 text-white ring-slate-900" : count ? "bg-white text-slate-700 ring-slate-200 hover:bg-slate-50" : "bg-white text-slate-400 ring-slate-200 hover:text-slate-600",
                )}
              >
                {c ? CHANNEL_LABELS[c] : "All"}
                <span className={clsx("tabular-nums text-xs", active ? "text-slate-300" : "text-slate-400")}>{count}</span>
              </Link>
            );
          })}
        </nav>
        <form action="/templates" role="search" className="relative">
          {channel && <input type="hidden" name="channel" value={channel} />}
          <Search className="pointer-events-none absolute left-2.5 top-1/2 size-4 -translate-y-1/2 text-slate-400" aria-hidden />
          <input
            type="search"
            name="q"
            defaultValue={q}
            aria-label="Search templates"
            placeholder="Search by name"
            className="w-64 rounded-md border border-slate-300 bg-white py-1.5 pl-8 pr-3 text-sm shadow-xs placeholder:text-slate-400 focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-500/20"
          />
        </form>
      </div>
      {templates.length === 0 ? (
        <div className="flex flex-col items-center gap-2 rounded-xl border border-dashed border-slate-300 bg-white p-12 text-center">
          <LayoutTemplate className="size-8 text-slate-400" aria-hidden />
          {workspaceEmpty ? (
            <>
              <p className="font-medium">No templates yet</p>
              <p className="max-w-md text-sm text-slate-600">
                {canEdit ? "Choose “New template” and a channel, write the message with variables such as {{ profile.traits.first_name }}, and check it in the live preview before a journey sends it." : "Marketers and admins write templates; they will show up here."}
              </p>
            </>
          ) : (
            <>
              <p className="font-medium">No {channel ? `${CHANNEL_LABELS[channel]} ` : ""}templates{q ? ` match “${q}”` : " yet"}</p>
              <p className="max-w-sm text-sm text-slate-600">
                {q ? <Link href={href(channel, "")} className="text-brand-700 hover:underline">Clear the search</Link> : canEdit ? "Create one with “New template”." : "Try another channel."}
              </p>
            </>
          )}
        </div>
      ) : (
        <ListTable fixed columns={[{ label: "Name" }, { label: "Channel", className: "w-32" }, { label: "Used by", className: "w-32" }, { label: "Updated", className: "w-56" }]}>
          {templates.map((t) => (
            <tr key={t.id} className="hover:bg-slate-50/60" data-testid="template-row">
              <td className="px-4 py-3">
                <div className="flex items-center gap-3">
                  <ChannelIcon channel={t.channel} />
                  <div className="min-w-0">
                    <Link href={`/templates/${t.id}`} className="block truncate font-medium text-slate-900 hover:text-brand-700 hover:underline">{t.name}</Link>
                    <p className="truncate text-xs text-slate-500" title={t.snippet || undefined}>{t.snippet || "Empty"}</p>
                  </div>
                </div>
              </td>
              <td className="px-4 py-3 whitespace-nowrap text-slate-700">{CHANNEL_LABELS[t.channel]}</td>
              <td className="px-4 py-3 whitespace-nowrap">
                {t.usedBy ? <span className="text-slate-800">{t.usedBy} {t.usedBy === 1 ? "journey" : "journeys"}</span> : <span className="text-slate-400">Not used</span>}
              </td>
              <td className="px-4 py-3 whitespace-nowrap text-slate-600">{formatDateTime(t.updatedAt)}</td>
            </tr>
          ))}
        </ListTable>
      )}
    </div>
  );
}
