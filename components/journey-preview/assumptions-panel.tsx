"use client";

import { ChannelIcon } from "@/components/templates/channel-icon";
import { DurationInput } from "@/components/ui/duration-input";
import { SelectInput } from "@/components/ui/form-controls";
import { defaultAssumption, ENGAGEMENTS, type TAssumptionChoice, type TAssumptionRow, type TEngagementKind } from "./preview-form";
import type { TMessageStep } from "./graph-facts";

const KIND_LABEL: Record<TEngagementKind, string> = { delivered: "Delivered", opened: "Opened", clicked: "Clicked" };
/** What "default" means per engagement: the engine's own assumption. */
const DEFAULT_LABEL: Record<TEngagementKind, string> = { delivered: "When sent", opened: "Never", clicked: "Never" };

function ChoiceRow({ kind, choice, onChange, stepName }: { kind: TEngagementKind; choice: TAssumptionChoice; onChange: (choice: TAssumptionChoice) => void; stepName: string }) {
  return (
    <div className="grid grid-cols-[4.5rem_1fr] items-center gap-x-2 gap-y-1">
      <span className="text-xs text-slate-700">{KIND_LABEL[kind]}</span>
      <SelectInput
        size="xs"
        aria-label={`${stepName}: ${KIND_LABEL[kind].toLowerCase()}`}
        value={choice.mode}
        onChange={(e) => {
          const mode = e.target.value as TAssumptionChoice["mode"];
          onChange(mode === "after" ? { mode, after: { amount: 1, unit: "hours" } } : { mode });
        }}
      >
        <option value="default">{DEFAULT_LABEL[kind]}</option>
        <option value="after">After the send…</option>
        {kind === "delivered" && <option value="never">Never</option>}
      </SelectInput>
      {choice.mode === "after" && <DurationInput label={`${stepName}: ${KIND_LABEL[kind].toLowerCase()} after`} size="xs" allowZero value={choice.after} onChange={(after) => onChange({ mode: "after", after })} className="col-start-2" />}
    </div>
  );
}

/**
 * What the preview cannot know, per message step: whether and when the customer receives, opens
 * and clicks it. Branches on engagement ("opened the email?") follow these.
 */
export function AssumptionsPanel({ steps, assume, onChange }: { steps: TMessageStep[]; assume: Record<string, TAssumptionRow>; onChange: (assume: Record<string, TAssumptionRow>) => void }) {
  if (steps.length === 0) return <p className="text-xs text-slate-500">This version sends no messages.</p>;
  return (
    <ul className="space-y-2">
      {steps.map((step) => {
        const row = assume[step.id] ?? defaultAssumption();
        const name = step.name;
        return (
          <li key={step.id} className="space-y-1.5 rounded-md border border-slate-200 p-2" role="group" aria-label={`Assumptions for ${name}`}>
            <p className="flex items-center gap-1.5 text-xs font-medium text-slate-800">
              {step.channel !== "best" && <ChannelIcon channel={step.channel} size="sm" />}
              <span className="line-clamp-2 min-w-0">{name}</span>
            </p>
            {ENGAGEMENTS.map((kind) => (
              <ChoiceRow key={kind} kind={kind} stepName={name} choice={row[kind]} onChange={(choice) => onChange({ ...assume, [step.id]: { ...row, [kind]: choice } })} />
            ))}
          </li>
        );
      })}
    </ul>
  );
}
