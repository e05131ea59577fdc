import type { Metadata } from "next";
import Link from "next/link";
import { ArrowLeft, Lock } from "lucide-react";
import { ImportFormatGuide } from "@/components/profile-import/import-format-guide";
import { ProfileImporter } from "@/components/profile-import/profile-importer";
import { RecentImports } from "@/components/profile-import/recent-imports";
import { PageHeader } from "@/components/ui/page-header";
import { requireMember } from "@/lib/auth/require-member";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { listProfileImports } from "@/lib/profile-import/list-profile-imports";

export const metadata: Metadata = { title: "Import profiles" };

export default async function ImportProfilesPage() {
  const member = await requireMember();
  const canImport = can(member.current.role, "journeys:write");
  const imports = await listProfileImports(db, member.current.workspaceId);
  return (
    <div className="mx-auto max-w-5xl space-y-6 p-8">
      <PageHeader
        title="Import profiles"
        description="Bring customers in from a spreadsheet or another tool: identifiers, traits and consent from a CSV file, applied as identify calls, so existing profiles are updated and merged rather than duplicated."
        actions={
          <Link href="/profiles" className="inline-flex items-center gap-1 text-sm font-medium text-brand-700 hover:underline">
            <ArrowLeft className="size-4" aria-hidden /> Profiles
          </Link>
        }
      />
      {canImport ? (
        <ProfileImporter />
      ) : (
        <div className="flex items-start gap-3 rounded-xl border border-slate-200 bg-white p-6 text-sm text-slate-600 shadow-xs">
          <Lock className="mt-0.5 size-4 shrink-0 text-slate-400" aria-hidden />
          <p>Your role can read profiles and imports but not import. Ask an admin or a marketer to run the import, or to change your role.</p>
        </div>
      )}
      <ImportFormatGuide />
      <RecentImports imports={imports} />
    </div>
  );
}
