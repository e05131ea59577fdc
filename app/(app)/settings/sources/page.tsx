import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { Radio } from "lucide-react";
import { SettingsTabs } from "@/components/settings/api-keys/settings-tabs";
import { SourceCard } from "@/components/settings/api-keys/source-card";
import { PageHeader } from "@/components/ui/page-header";
import { listSources } from "@/lib/api-keys/list-sources";
import { requireMember } from "@/lib/auth/require-member";
import { can } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "Sources · Settings" };

async function baseUrl(): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  return `${h.get("x-forwarded-proto") ?? "http"}://${host}`;
}

export default async function SourcesPage() {
  const member = await requireMember();
  const isAdmin = can(member.current.role, "apiKeys:manage");
  const sources = await listSources(member.current.workspaceId);
  const base = await baseUrl();
  return (
    <div className="mx-auto max-w-5xl space-y-6 p-8">
      <PageHeader
        title="Settings"
        description="Sources are the write keys your apps send events with: what each delivered, and the events Waymark refused with the reason, so a broken integration shows up here first."
        actions={<Link href="/settings/sources" className="text-sm font-medium text-brand-700 hover:underline">Refresh</Link>}
      />
      <SettingsTabs current="sources" isAdmin={isAdmin} />
      {sources.length === 0 ? (
        <div className="flex flex-col items-center gap-2 rounded-xl border border-dashed border-slate-300 bg-white p-10 text-center">
          <Radio className="size-8 text-slate-400" aria-hidden />
          <p className="font-medium">No sources yet</p>
          <p className="max-w-md text-sm text-slate-600">
            {isAdmin ? <>Create a write key under <Link href="/settings/api-keys" className="font-medium text-brand-700 underline">API keys</Link>, then send events with it as shown below.</> : "An admin creates write keys under API keys; the apps that send events with them show up here."}
          </p>
        </div>
      ) : (
        sources.map((source) => <SourceCard key={source.id} source={source} />)
      )}
      <section aria-label="Sending data" className="space-y-2 rounded-xl border border-slate-200 bg-white p-6 text-sm shadow-xs">
        <h2 className="text-base font-semibold">Sending data</h2>
        <p className="text-slate-600">
          Waymark speaks Segment&apos;s HTTP Tracking API: point a Segment library at <code className="rounded bg-slate-100 px-1">{base}/api/v1</code> (analytics-node: <code className="rounded bg-slate-100 px-1">host: &quot;{base}&quot;, path: &quot;/api/v1/batch&quot;</code>) or call it directly:
        </p>
        <pre className="overflow-x-auto rounded-md bg-slate-900 p-3 font-mono text-xs text-slate-100">{`curl ${base}/api/v1/track \\
  -u "$WRITE_KEY:" -H 'content-type: application/json' \\
  -d '{"userId":"u_123","event":"Order Completed","properties":{"total":42}}'`}</pre>
        <p className="text-slate-600">Endpoints: track, identify, page, screen, group, alias and batch (up to 500 KB; 32 KB per event). Consent: <code className="rounded bg-slate-100 px-1">traits.consent = {"{"} &quot;email&quot;: &quot;subscribed&quot; {"}"}</code> on identify.</p>
      </section>
    </div>
  );
}
