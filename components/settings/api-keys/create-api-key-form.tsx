"use client";

import { Check, Copy, TriangleAlert } from "lucide-react";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/input";
import type { TCreatedApiKey } from "@/lib/api-keys/api-key-schemas";

interface TState {
  error: string | null;
  created: TCreatedApiKey | null;
}

/** The new key, shown once, with a copy button and the warning that it will not be shown again. */
function NewKeyPanel({ created }: { created: TCreatedApiKey }) {
  const [copied, setCopied] = useState<"no" | "yes" | "failed">("no");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(created.key);
      setCopied("yes");
    } catch {
      setCopied("failed");
    }
  };
  return (
    <section aria-label="New API key" className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-4">
      <p className="flex items-start gap-2 text-sm text-amber-900">
        <TriangleAlert className="mt-0.5 size-4 shrink-0" aria-hidden />
        <span>
          <strong>Copy “{created.name}” now.</strong> Waymark stores only a hash of it: this is the one time the key is shown. Lost keys cannot be recovered — revoke and create another.
        </span>
      </p>
      <div className="flex items-center gap-2">
        <code data-testid="new-api-key" className="min-w-0 flex-1 truncate rounded-md border border-amber-200 bg-white px-3 py-2 font-mono text-sm text-slate-900">
          {created.key}
        </code>
        <Button type="button" onClick={copy} aria-label={`Copy key ${created.name}`}>
          {copied === "yes" ? <Check className="size-4" aria-hidden /> : <Copy className="size-4" aria-hidden />}
          {copied === "yes" ? "Copied" : "Copy"}
        </Button>
      </div>
      {copied === "failed" && <p role="alert" className="text-xs text-red-700">The browser refused clipboard access: select the key and copy it by hand.</p>}
      <p className="text-xs text-amber-900">
        {created.kind === "write"
          ? "Send events with it as the HTTP Basic user name (empty password) — what Segment's libraries do with a write key — or as Authorization: Bearer. See Sources for the endpoints."
          : `It acts as a ${created.role} on the management API: Authorization: Bearer <key>.`}
      </p>
    </section>
  );
}

/** Creates a write key (for sending events) or a management key (for the API, with a role). */
export function CreateApiKeyForm({ action }: { action: (previous: TState, form: FormData) => Promise<TState> }) {
  const [state, formAction, pending] = useActionState(action, { error: null, created: null });
  const [kind, setKind] = useState("write");
  return (
    <div className="space-y-4">
      <form action={formAction} className="space-y-4" aria-label="Create API key">
        <div className="grid gap-4 sm:grid-cols-3">
          <Field label="Kind" hint={kind === "write" ? "Sends events (track, identify, …) from your apps." : "Reads and changes Waymark through the API."}>
            <Select name="kind" value={kind} onChange={(e) => setKind(e.target.value)}>
              <option value="write">Write key</option>
              <option value="management">Management key</option>
            </Select>
          </Field>
          <Field label="Name" hint="Where it is used, so you can tell keys apart.">
            <Input name="name" required maxLength={100} placeholder={kind === "write" ? "Web app" : "Data warehouse sync"} />
          </Field>
          {kind === "management" && (
            <Field label="Role" hint="What the key may do, as a member with that role.">
              <Select name="role" defaultValue="analyst">
                <option value="analyst">Analyst (read-only)</option>
                <option value="marketer">Marketer</option>
                <option value="admin">Admin</option>
              </Select>
            </Field>
          )}
        </div>
        {state.error && <p role="alert" className="text-sm text-red-700">{state.error}</p>}
        <Button type="submit" variant="primary" disabled={pending}>{pending ? "Creating…" : "Create key"}</Button>
      </form>
      {state.created && <NewKeyPanel key={state.created.id} created={state.created} />}
    </div>
  );
}
