"use client";

import { Plus, X } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/input";
import { WEBHOOK_METHODS } from "@/lib/channels/template-content";
import { LiquidField } from "../liquid-field";
import { textOf, withField, type TChannelFieldsProps } from "./field-props";

type TRow = { name: string; value: string };

function rowsOf(headers: unknown): TRow[] {
  if (!headers || typeof headers !== "object") return [];
  return Object.entries(headers as Record<string, unknown>).map(([name, value]) => ({ name, value: typeof value === "string" ? value : "" }));
}

/** Rows as stored: unnamed rows are kept on screen while typing but not saved; a repeated name keeps its last value. */
function headersOf(rows: TRow[]): Record<string, string> {
  return Object.fromEntries(rows.filter((row) => row.name.trim() !== "").map((row) => [row.name.trim(), row.value]));
}

/** URL, method, headers as name/value rows (values are Liquid) and the JSON body. */
export function WebhookFields({ content, onChange, readOnly, errors }: TChannelFieldsProps) {
  const [rows, setRows] = useState<TRow[]>(() => rowsOf(content.headers));
  const updateRows = (next: TRow[]) => {
    setRows(next);
    onChange(withField(content, "headers", headersOf(next)));
  };
  const method = textOf(content, "method") || "POST";
  return (
    <div className="space-y-5">
      <div className="grid gap-3 sm:grid-cols-[8rem_1fr]">
        <label className="block space-y-1.5">
          <span className="text-sm font-medium text-slate-700">Method</span>
          <Select value={method} disabled={readOnly} onChange={(e) => onChange(withField(content, "method", e.target.value))}>
            {WEBHOOK_METHODS.map((m) => <option key={m} value={m}>{m}</option>)}
          </Select>
        </label>
        <LiquidField label="URL" value={textOf(content, "url")} onChange={(value) => onChange(withField(content, "url", value))} readOnly={readOnly} error={errors.url} monospace placeholder="https://api.example.com/hooks/{{ profile.userId }}" />
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-700">Headers</legend>
        {rows.length === 0 && <p className="text-xs text-slate-500">No headers. Add one for authentication or a content type.</p>}
        {rows.map((row, index) => (
          <div key={index} className="grid grid-cols-[minmax(0,2fr)_minmax(0,3fr)_auto] items-start gap-2">
            <input
              aria-label={`Header name ${index + 1}`}
              value={row.name}
              readOnly={readOnly}
              onChange={(e) => updateRows(rows.map((r, i) => (i === index ? { ...r, name: e.target.value } : r)))}
              placeholder="Authorization"
              className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-[13px] shadow-xs focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-500/20 read-only:bg-slate-50"
            />
            <LiquidField
              label={`Header value ${index + 1}`}
              hideLabel
              value={row.value}
              onChange={(value) => updateRows(rows.map((r, i) => (i === index ? { ...r, value } : r)))}
              readOnly={readOnly}
              error={errors[`headers.${row.name.trim()}`]}
              monospace
              placeholder="Bearer …"
            />
            {!readOnly ? (
              <Button type="button" variant="ghost" size="sm" className="mt-1.5" aria-label={`Remove header ${index + 1}`} onClick={() => updateRows(rows.filter((_, i) => i !== index))}>
                <X className="size-3.5" aria-hidden />
              </Button>
            ) : <span />}
          </div>
        ))}
        {errors.headers && <p className="text-xs font-medium text-red-700" data-testid="field-error">{errors.headers}</p>}
        {!readOnly && (
          <Button type="button" variant="ghost" size="sm" onClick={() => updateRows([...rows, { name: "", value: "" }])}>
            <Plus className="size-3.5" aria-hidden /> Add header
          </Button>
        )}
      </fieldset>
      <LiquidField label="JSON body" value={textOf(content, "body")} onChange={(value) => onChange(withField(content, "body", value))} readOnly={readOnly} error={errors.body} rows={10} monospace hint={<>Quote text values: <code className="font-mono">{'"name": "{{ profile.traits.first_name }}"'}</code>. The preview checks that the result parses as JSON.</>} />
    </div>
  );
}
