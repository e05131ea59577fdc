"use client";

import { ArrowLeft, FilePlus2, Plus, X } from "lucide-react";
import { useActionState, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { TJourneyTemplateSummary } from "@/lib/journeys/lifecycle-schemas";
import { PatternLabel, TemplateCard, TemplateFacts } from "./template-card";

interface TState {
  error: string | null;
}
type TAction = (previous: TState, form: FormData) => Promise<TState>;

interface TProps {
  templates: readonly TJourneyTemplateSummary[];
  createBlankAction: TAction;
  createFromTemplateAction: TAction;
}

/**
 * "New journey": a dialog offering a blank journey (one name field) or the template gallery;
 * picking a template asks for an optional name. Either way creating lands in the editor.
 */
export function NewJourneyDialog({ templates, createBlankAction, createFromTemplateAction }: TProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [chosen, setChosen] = useState<TJourneyTemplateSummary | null>(null);
  const open = () => {
    dialog.current?.showModal();
    // Straight to typing a name, as the blank journey is the quickest path.
    dialog.current?.querySelector<HTMLInputElement>("input[name=name]")?.focus();
  };

  return (
    <>
      <Button variant="primary" onClick={open}>
        <Plus className="size-4" aria-hidden /> New journey
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby="new-journey-title"
        onClose={() => setChosen(null)}
        // A click on the backdrop lands on the dialog element itself: close, as Escape does.
        onClick={(event) => { if (event.target === event.currentTarget) dialog.current?.close(); }}
        className="m-auto max-h-[90vh] w-[min(64rem,calc(100vw-2rem))] overflow-y-auto rounded-xl bg-slate-50 p-0 shadow-2xl backdrop:bg-slate-900/40"
      >
        <div className="flex items-start justify-between gap-4 border-b border-slate-200 bg-white px-6 py-4">
          <div>
            <h2 id="new-journey-title" className="text-lg font-semibold text-slate-900">New journey</h2>
            <p className="text-sm text-slate-600">Start from a blank canvas, or from a proven pattern you can adapt.</p>
          </div>
          <Button variant="ghost" size="sm" aria-label="Close" onClick={() => dialog.current?.close()}>
            <X className="size-4" aria-hidden />
          </Button>
        </div>
        {chosen ? (
          <TemplateStep key={chosen.id} template={chosen} action={createFromTemplateAction} onBack={() => setChosen(null)} />
        ) : (
          <div className="space-y-6 p-6">
            <BlankStep action={createBlankAction} />
            <section aria-labelledby="template-gallery-title" className="space-y-3">
              <div>
                <h3 id="template-gallery-title" className="font-medium text-slate-900">Start from a template</h3>
                <p className="text-sm text-slate-600">Each comes with its messages (added to your templates, ready to edit) and any segments it needs.</p>
              </div>
              <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
                {templates.map((template) => (
                  <li key={template.id}>
                    <TemplateCard template={template} onChoose={() => setChosen(template)} />
                  </li>
                ))}
              </ul>
            </section>
          </div>
        )}
      </dialog>
    </>
  );
}

function BlankStep({ action }: { action: TAction }) {
  const [state, formAction, pending] = useActionState(action, { error: null });
  return (
    <section aria-labelledby="blank-journey-title" className="rounded-lg border border-slate-200 bg-white p-4">
      <div className="mb-3 flex items-center gap-2">
        <FilePlus2 className="size-4 text-slate-500" aria-hidden />
        <h3 id="blank-journey-title" className="font-medium text-slate-900">Blank journey</h3>
        <span className="text-sm text-slate-500">— a lone trigger to build on.</span>
      </div>
      <form action={formAction} className="flex flex-wrap items-start gap-2">
        <div className="min-w-64 flex-1">
          <Input name="name" aria-label="Journey name" placeholder="e.g. Welcome series" required maxLength={120} />
          {state.error && <p role="alert" className="mt-1 text-xs text-red-700">{state.error}</p>}
        </div>
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? "Creating…" : "Create"}
        </Button>
      </form>
    </section>
  );
}

function TemplateStep({ template, action, onBack }: { template: TJourneyTemplateSummary; action: TAction; onBack: () => void }) {
  const [state, formAction, pending] = useActionState(action, { error: null });
  return (
    <form action={formAction} className="space-y-5 p-6" aria-label={`Create from ${template.name}`}>
      <input type="hidden" name="template" value={template.id} />
      <div className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
        <div className="flex flex-wrap items-center gap-2">
          <h3 className="font-medium text-slate-900">{template.name}</h3>
          <PatternLabel pattern={template.pattern} />
        </div>
        <p className="text-sm text-slate-600">{template.description}</p>
        <TemplateFacts template={template} />
      </div>
      <label className="block max-w-md space-y-1.5">
        <span className="text-sm font-medium text-slate-700">Name (optional)</span>
        <Input name="name" placeholder={template.name} maxLength={120} autoFocus />
        <span className="block text-xs text-slate-500">Leave empty to use “{template.name}”. You can rename it later.</span>
      </label>
      {state.error && <p role="alert" className="text-sm text-red-700">{state.error}</p>}
      <div className="flex items-center gap-2">
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? "Creating…" : "Create from template"}
        </Button>
        <Button type="button" variant="ghost" onClick={onBack}>
          <ArrowLeft className="size-4" aria-hidden /> Back to templates
        </Button>
      </div>
    </form>
  );
}
