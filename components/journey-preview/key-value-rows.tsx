"use client";

import { Plus, X } from "lucide-react";
import { TextInput } from "@/components/ui/form-controls";
import { IconButton } from "@/components/ui/icon-button";
import { randomShortId } from "@/lib/journey/graph";
import type { TKeyValueRow } from "./preview-form";

/**
 * Name / value rows (traits, event properties). Each control is labelled "<noun> <n> name" and
 * "<noun> <n> value"; values are read as numbers and true / false where they look like them.
 */
export function KeyValueRows({
  noun,
  rows,
  onChange,
  namePlaceholder = "name",
  valuePlaceholder = "value",
  hints,
}: {
  noun: string;
  rows: TKeyValueRow[];
  onChange: (rows: TKeyValueRow[]) => void;
  namePlaceholder?: string;
  valuePlaceholder?: string;
  /** per row name, what the real profile holds, shown as the value's placeholder */
  hints?: Record<string, string>;
}) {
  const update = (id: string, patch: Partial<TKeyValueRow>) => onChange(rows.map((row) => (row.id === id ? { ...row, ...patch } : row)));
  return (
    <div className="space-y-1.5">
      {rows.map((row, index) => (
        <div key={row.id} className="flex items-center gap-1.5">
          <TextInput size="xs" aria-label={`${noun} ${index + 1} name`} placeholder={namePlaceholder} value={row.key} onChange={(e) => update(row.id, { key: e.target.value })} className="w-[42%] font-mono" spellCheck={false} />
          <TextInput size="xs" aria-label={`${noun} ${index + 1} value`} placeholder={hints?.[row.key.trim()] ?? valuePlaceholder} value={row.value} onChange={(e) => update(row.id, { value: e.target.value })} className="min-w-0 flex-1" />
          <IconButton aria-label={`Remove ${noun.toLowerCase()} ${index + 1}`} tone="danger" onClick={() => onChange(rows.filter((r) => r.id !== row.id))}>
            <X className="size-3.5" aria-hidden />
          </IconButton>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...rows, { id: randomShortId(), key: "", value: "" }])} className="flex items-center gap-1 text-xs font-medium text-brand-700 hover:underline">
        <Plus className="size-3.5" aria-hidden /> Add {noun.toLowerCase()}
      </button>
    </div>
  );
}
