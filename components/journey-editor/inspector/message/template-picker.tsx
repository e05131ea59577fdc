"use client";

import Link from "next/link";
import { CHANNEL_LABELS, type TChannel } from "@/lib/journey/channels";
import { FormField, HelpText, SelectInput } from "@/components/ui/form-controls";
import type { TInspectorContext } from "../inspector-context";

/**
 * Picks a template made for one of `channels`. With none to pick, it says so and links to the
 * template editor for the first channel, which is what the marketer needs to do next.
 */
export function TemplatePicker({ channels, value, onChange, templates }: { channels: TChannel[]; value: string | null; onChange: (id: string | null) => void; templates: TInspectorContext["templates"] }) {
  const options = templates.filter((t) => channels.includes(t.channel));
  const known = value === null || options.some((t) => t.id === value);
  const first = channels[0];
  const channelWords = channels.length === 1 && first ? CHANNEL_LABELS[first] : "matching";

  if (channels.length === 0) return <HelpText>Pick the channels to try first; templates for them appear here.</HelpText>;
  return (
    <FormField
      label="Template"
      hint={
        options.length === 0 && first ? (
          <>
            No {channelWords} templates yet — create one in{" "}
            <Link href={`/templates/new?channel=${first}`} className="font-medium text-brand-700 underline">
              Templates
            </Link>
            .
          </>
        ) : (
          <>
            Or{" "}
            <Link href={`/templates/new?channel=${first ?? "email"}`} className="font-medium text-brand-700 underline">
              create a new {channelWords} template
            </Link>
            .
          </>
        )
      }
    >
      <SelectInput value={value ?? ""} onChange={(e) => onChange(e.target.value === "" ? null : e.target.value)}>
        <option value="">{options.length === 0 ? "No templates to choose from" : "Choose a template…"}</option>
        {options.map((t) => (
          <option key={t.id} value={t.id}>
            {channels.length > 1 ? `${t.name} (${CHANNEL_LABELS[t.channel]})` : t.name}
          </option>
        ))}
        {!known && value !== null && <option value={value}>Unknown template ({value})</option>}
      </SelectInput>
    </FormField>
  );
}
