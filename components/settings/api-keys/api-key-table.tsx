import { KeyRound } from "lucide-react";
import { formatDateTime } from "@/components/ui/format-date";
import type { TApiKeySummary } from "@/lib/api-keys/api-key-schemas";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { RevokeApiKeyButton } from "./revoke-api-key-button";

type TRevoke = Parameters<typeof RevokeApiKeyButton>[0]["action"];

/** Active keys: what each is, when it was made and last used, and a way to revoke it. */
export function ApiKeyTable({ keys, revokeAction }: { keys: TApiKeySummary[]; revokeAction: TRevoke }) {
  if (keys.length === 0) {
    return (
      <div className="flex flex-col items-center gap-2 rounded-xl border border-dashed border-slate-300 bg-white p-10 text-center">
        <KeyRound className="size-8 text-slate-400" aria-hidden />
        <p className="font-medium">No API keys yet</p>
        <p className="max-w-md text-sm text-slate-600">Create a write key above and put it in your app&apos;s Segment library (or call the HTTP API with it) to start sending events.</p>
      </div>
    );
  }
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-xs">
      <table className="w-full text-left text-sm">
        <thead className="bg-slate-50 text-xs font-medium uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="px-4 py-2.5">Name</th>
            <th scope="col" className="px-4 py-2.5">Kind</th>
            <th scope="col" className="px-4 py-2.5">Key</th>
            <th scope="col" className="px-4 py-2.5">Created</th>
            <th scope="col" className="px-4 py-2.5">Last used</th>
            <th scope="col" className="px-4 py-2.5 text-right"><span className="sr-only">Actions</span></th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {keys.map((key) => (
            <tr key={key.id} data-testid="api-key-row">
              <td className="px-4 py-3 font-medium text-slate-900">{key.name}</td>
              <td className="px-4 py-3 whitespace-nowrap text-slate-700">
                {key.kind === "write" ? "Write" : <>Management · {key.role ? ROLE_LABELS[key.role] : "—"}</>}
              </td>
              <td className="px-4 py-3"><code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-700">{key.prefix}…</code></td>
              <td className="px-4 py-3 whitespace-nowrap text-slate-600">{formatDateTime(key.createdAt)}</td>
              <td className="px-4 py-3 whitespace-nowrap text-slate-600">{key.lastUsedAt ? formatDateTime(key.lastUsedAt) : "Never"}</td>
              <td className="px-4 py-3 text-right"><RevokeApiKeyButton id={key.id} name={key.name} action={revokeAction} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
