import type { Metadata } from "next";
import Link from "next/link";
import { ApiKeyTable } from "@/components/settings/api-keys/api-key-table";
import { CreateApiKeyForm } from "@/components/settings/api-keys/create-api-key-form";
import { SettingsTabs } from "@/components/settings/api-keys/settings-tabs";
import { PageHeader } from "@/components/ui/page-header";
import { listApiKeys } from "@/lib/api-keys/list-api-keys";
import { requireMember } from "@/lib/auth/require-member";
import { can } from "@/lib/auth/roles";
import { createApiKeyAction, revokeApiKeyAction } from "./actions";

export const metadata: Metadata = { title: "API keys · Settings" };

export default async function ApiKeysPage() {
  const member = await requireMember();
  const isAdmin = can(member.current.role, "apiKeys:manage");
  return (
    <div className="mx-auto max-w-5xl space-y-6 p-8">
      <PageHeader title="Settings" description="API keys let your apps send events (write keys) and other systems use the Waymark API (management keys). Keys are shown once and stored hashed." />
      <SettingsTabs current="apiKeys" isAdmin={isAdmin} />
      {!isAdmin ? (
        <p role="status" className="rounded-md border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-900">
          Only admins manage API keys. Ask an admin of {member.current.workspaceName} for a key, or see what is arriving under <Link href="/settings/sources" className="font-medium underline">Sources</Link>.
        </p>
      ) : (
        <>
          <section className="rounded-xl border border-slate-200 bg-white p-6 shadow-xs">
            <h2 className="mb-4 text-base font-semibold">Create a key</h2>
            <CreateApiKeyForm action={createApiKeyAction} />
          </section>
          <section className="space-y-3">
            <h2 className="text-base font-semibold">Active keys</h2>
            <ApiKeyTable keys={await listApiKeys(member.current.workspaceId)} revokeAction={revokeApiKeyAction} />
          </section>
        </>
      )}
    </div>
  );
}
