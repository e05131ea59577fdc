"use client";

import { ArrowDown, ArrowUp, Plus, Trash2 } from "lucide-react";
import type { TBranchPath } from "@/lib/journey/nodes/branch/schema";
import { Button } from "@/components/ui/button";
import { FormField, FormSection, HelpText, TextInput } from "@/components/ui/form-controls";
import { IconButton } from "@/components/ui/icon-button";
import { ConditionBuilder } from "../../condition-builder";
import { defaultCondition } from "../../condition-builder/condition-ops";
import type { TNodeFormProps } from "../form-props";
import { moveItem, nextLocalId } from "../local-ids";

/** The schema's cap on paths: past this a branch is better split into two. */
const MAX_PATHS = 20;

/** Ordered paths, each with a condition; the first match wins, and "else" catches the rest. */
export function BranchForm({ data, onChange, readOnly, context }: TNodeFormProps<"branch">) {
  const { paths } = data;
  const setPaths = (next: TBranchPath[]) => onChange({ ...data, paths: next });
  const update = (index: number, path: TBranchPath) => setPaths(paths.map((p, i) => (i === index ? path : p)));
  const addPath = () => {
    // Ids become handle ids, so they are new and never reused; labels are only for people.
    const id = nextLocalId([...paths.map((p) => p.id), "else"], "path");
    setPaths([...paths, { id, label: `Path ${paths.length + 1}`, condition: { kind: "all", conditions: [defaultCondition("trait")] } }]);
  };

  return (
    <div className="space-y-4">
      <FormSection title="Paths" description="Checked from the top: a profile takes the first path it matches.">
        <ol className="space-y-3">
          {paths.map((path, index) => {
            const name = `Path ${index + 1}`;
            return (
              <li key={path.id} aria-label={name} className="space-y-2 rounded-md border border-slate-200 bg-white p-2">
                <div className="flex items-center gap-1">
                  <span className="flex size-5 shrink-0 items-center justify-center rounded-full bg-amber-100 text-[11px] font-semibold text-amber-800">{index + 1}</span>
                  <span className="min-w-0 flex-1 truncate text-xs font-semibold text-slate-800">{path.label || "Unnamed path"}</span>
                  <IconButton aria-label={`Move ${name} up`} disabled={index === 0} onClick={() => setPaths(moveItem(paths, index, -1))}>
                    <ArrowUp className="size-3.5" aria-hidden />
                  </IconButton>
                  <IconButton aria-label={`Move ${name} down`} disabled={index === paths.length - 1} onClick={() => setPaths(moveItem(paths, index, 1))}>
                    <ArrowDown className="size-3.5" aria-hidden />
                  </IconButton>
                  <IconButton aria-label={`Remove ${name}`} tone="danger" onClick={() => setPaths(paths.filter((_, i) => i !== index))}>
                    <Trash2 className="size-3.5" aria-hidden />
                  </IconButton>
                </div>
                <FormField label={`${name} label`}>
                  <TextInput value={path.label} placeholder="e.g. VIP" onChange={(e) => update(index, { ...path, label: e.target.value })} />
                </FormField>
                <ConditionBuilder label={`${name} condition`} value={path.condition} readOnly={readOnly} context={context} onChange={(condition) => update(index, { ...path, condition })} />
              </li>
            );
          })}
          <li aria-label="Else" className="rounded-md border border-dashed border-slate-300 bg-slate-50 p-2">
            <p className="text-xs font-semibold text-slate-800">Else</p>
            <HelpText>Everyone who matches none of the paths above. Always last; cannot be removed.</HelpText>
          </li>
        </ol>
        <Button type="button" size="sm" onClick={addPath} disabled={paths.length >= MAX_PATHS}>
          <Plus className="size-3" aria-hidden /> Add path
        </Button>
      </FormSection>
    </div>
  );
}
