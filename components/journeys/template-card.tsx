import { Footprints } from "lucide-react";
import type { TJourneyTemplateSummary } from "@/lib/journeys/lifecycle-schemas";
import { ChannelIcons } from "./channel-icons";

/** What a gallery card and the confirmation step both show about a template. */
export function TemplateFacts({ template }: { template: TJourneyTemplateSummary }) {
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1.5">
      <ChannelIcons channels={template.channels} />
      <span className="inline-flex items-center gap-1 text-xs text-slate-500">
        <Footprints className="size-3" aria-hidden /> {template.nodeCount} steps
      </span>
    </div>
  );
}

/** The orchestration pattern as a small label ("channel-switch" → "channel switch"). */
export function PatternLabel({ pattern }: { pattern: string }) {
  return <span className="shrink-0 whitespace-nowrap rounded-full bg-brand-50 px-2 py-0.5 text-[11px] font-medium text-brand-700">{pattern.replace(/-/g, " ")}</span>;
}

/** A gallery card: the whole card is the button that picks the template. */
export function TemplateCard({ template, onChoose }: { template: TJourneyTemplateSummary; onChoose: () => void }) {
  const descriptionId = `template-${template.id}-description`;
  return (
    <button
      type="button"
      onClick={onChoose}
      aria-label={`Use template ${template.name}`}
      aria-describedby={descriptionId}
      data-testid="template-card"
      className="flex h-full flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4 text-left shadow-xs transition hover:border-brand-500 hover:shadow-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-500"
    >
      <span className="flex items-start justify-between gap-2">
        <span className="font-medium text-slate-900">{template.name}</span>
        <PatternLabel pattern={template.pattern} />
      </span>
      <span id={descriptionId} className="flex-1 text-sm text-slate-600">{template.description}</span>
      <TemplateFacts template={template} />
    </button>
  );
}
