"use client";

import { ArrowDown, ArrowUp, X } from "lucide-react";
import { CHANNEL_LABELS, CHANNELS, type TChannel } from "@/lib/journey/channels";
import { HelpText, SelectInput } from "@/components/ui/form-controls";
import { IconButton } from "@/components/ui/icon-button";
import { moveItem } from "../local-ids";

/** The ordered channels "Best channel" may use: add, remove, move up and down. */
export function FallbackChannels({ value, onChange }: { value: TChannel[]; onChange: (channels: TChannel[]) => void }) {
  const remaining = CHANNELS.filter((c) => !value.includes(c));
  return (
    <div role="group" aria-label="Fallback channels" className="space-y-1.5">
      <p className="text-xs font-medium text-slate-700">Channels to try, in order</p>
      {value.length === 0 ? (
        <HelpText>None yet: add the channels this message may go out on.</HelpText>
      ) : (
        <ol className="space-y-1">
          {value.map((channel, index) => (
            <li key={channel} className="flex items-center gap-1 rounded-md border border-slate-200 bg-white px-2 py-1 text-xs">
              <span className="w-4 text-slate-400">{index + 1}.</span>
              <span className="min-w-0 flex-1 font-medium text-slate-800">{CHANNEL_LABELS[channel]}</span>
              <IconButton aria-label={`Move ${CHANNEL_LABELS[channel]} up`} disabled={index === 0} onClick={() => onChange(moveItem(value, index, -1))}>
                <ArrowUp className="size-3.5" aria-hidden />
              </IconButton>
              <IconButton aria-label={`Move ${CHANNEL_LABELS[channel]} down`} disabled={index === value.length - 1} onClick={() => onChange(moveItem(value, index, 1))}>
                <ArrowDown className="size-3.5" aria-hidden />
              </IconButton>
              <IconButton aria-label={`Remove ${CHANNEL_LABELS[channel]}`} tone="danger" onClick={() => onChange(value.filter((c) => c !== channel))}>
                <X className="size-3.5" aria-hidden />
              </IconButton>
            </li>
          ))}
        </ol>
      )}
      {remaining.length > 0 && (
        <SelectInput aria-label="Add a fallback channel" value="" onChange={(e) => e.target.value && onChange([...value, e.target.value as TChannel])}>
          <option value="">Add a channel…</option>
          {remaining.map((c) => (
            <option key={c} value={c}>
              {CHANNEL_LABELS[c]}
            </option>
          ))}
        </SelectInput>
      )}
    </div>
  );
}
