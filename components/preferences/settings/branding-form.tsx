"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/input";
import { IDLE, type TFormAction } from "./action-state";
import { SavedNote } from "./saved-note";

export type TBrandingValues = { companyName: string; accentColor: string; footer: string; logoUrl: string };

/** Company name, accent colour, logo and footer of the customer-facing pages. */
export function BrandingForm({ initial, workspaceName, canEdit, action }: { initial: TBrandingValues; workspaceName: string; canEdit: boolean; action: TFormAction }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const [accent, setAccent] = useState(initial.accentColor || "#4f46e5");
  return (
    <form action={formAction} className="space-y-4 px-6 py-5">
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Company name" hint={`Shown at the top; empty uses the workspace name (${workspaceName}).`}>
          <Input name="companyName" defaultValue={initial.companyName} maxLength={80} disabled={!canEdit} placeholder={workspaceName} />
        </Field>
        <Field label="Accent colour" hint="Switches, buttons and the card's top edge.">
          <span className="flex items-center gap-2">
            <input type="color" aria-label="Pick accent colour" value={accent} onChange={(e) => setAccent(e.target.value)} disabled={!canEdit} className="h-9 w-11 shrink-0 cursor-pointer rounded border border-slate-300 bg-white p-0.5" />
            <Input name="accentColor" aria-label="Accent colour" value={accent} onChange={(e) => setAccent(e.target.value)} disabled={!canEdit} placeholder="#4f46e5" />
          </span>
        </Field>
      </div>
      <Field label="Logo URL" hint="Optional https:// image; replaces the company name at the top.">
        <Input name="logoUrl" type="url" defaultValue={initial.logoUrl} disabled={!canEdit} placeholder="https://example.com/logo.png" />
      </Field>
      <Field label="Footer" hint="Your postal address and anything the law asks you to show (CAN-SPAM needs an address).">
        <textarea name="footer" defaultValue={initial.footer} maxLength={500} rows={3} disabled={!canEdit} className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-xs focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-500/20 disabled:bg-slate-100" />
      </Field>
      {canEdit && (
        <div className="flex items-center gap-3">
          <Button type="submit" variant="primary" disabled={pending}>
            Save branding
          </Button>
          <SavedNote state={state} pending={pending} />
        </div>
      )}
    </form>
  );
}
