"use client";

import { FormSection } from "@/components/ui/form-controls";
import type { TChannel } from "@/lib/journey/channels";
import type { TProfileDetail } from "@/lib/profiles/profile-schemas";
import { AssumptionsPanel } from "./assumptions-panel";
import { EventsPanel } from "./events-panel";
import type { TMessageStep } from "./graph-facts";
import type { TPreviewForm } from "./preview-form";
import { WhenPanel } from "./when-panel";
import { WhoPanel } from "./who-panel";

type TProps = {
  form: TPreviewForm;
  onChange: (patch: Partial<TPreviewForm>) => void;
  channels: TChannel[];
  topics: { id: string; name: string }[];
  real: TProfileDetail | null;
  messageSteps: TMessageStep[];
  eventSuggestions: string[];
  triggerEvent: string | null;
  incompleteEvents: number;
};

/** The left column: who, when, what happens, and what we assume about each message. Every change re-runs the preview. */
export function PreviewInputs({ form, onChange, channels, topics, real, messageSteps, eventSuggestions, triggerEvent, incompleteEvents }: TProps) {
  return (
    <aside aria-label="Preview inputs" className="w-80 shrink-0 space-y-4 overflow-y-auto border-r border-slate-200 bg-white p-4">
      <FormSection title="Who">
        <WhoPanel form={form} onChange={onChange} channels={channels} topics={topics} real={real} />
      </FormSection>
      <FormSection title="When">
        <WhenPanel start={form.start} followFor={form.followFor} onChange={onChange} />
      </FormSection>
      <FormSection title="What happens" description={incompleteEvents > 0 ? `${incompleteEvents === 1 ? "1 event has" : `${incompleteEvents} events have`} no name yet and ${incompleteEvents === 1 ? "is" : "are"} left out.` : "Events after the start, as the customer would send them."}>
        <EventsPanel events={form.events} onChange={(events) => onChange({ events })} suggestions={eventSuggestions} triggerEvent={triggerEvent} />
      </FormSection>
      <FormSection title="Assumptions" description="What the preview cannot know: when each message is delivered, opened, clicked.">
        <AssumptionsPanel steps={messageSteps} assume={form.assume} onChange={(assume) => onChange({ assume })} />
      </FormSection>
    </aside>
  );
}
