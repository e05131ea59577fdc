"use client";

import { Plus, Scale, Trash2 } from "lucide-react";
import type { TSplitVariant } from "@/lib/journey/nodes/split/schema";
import { Button } from "@/components/ui/button";
import { CheckboxField, FormSection, HelpText, TextInput } from "@/components/ui/form-controls";
import { IconButton } from "@/components/ui/icon-button";
import { NumberInput } from "@/components/ui/number-input";
import type { TNodeFormProps } from "../form-props";
import { nextLocalId } from "../local-ids";
import { balanceEvenly, sharesComplete, splitTotal } from "../split-shares";

const MAX_VARIANTS = 10;

/** Variants with their shares, an optional holdout, and a live total that must reach 100%. */
export function SplitForm({ data, onChange }: TNodeFormProps<"split">) {
  const { variants, holdoutPercent } = data;
  const setVariants = (next: TSplitVariant[]) => onChange({ ...data, variants: next });
  const total = splitTotal(variants, holdoutPercent);
  const complete = sharesComplete(variants, holdoutPercent);
  const addVariant = () => {
    const id = nextLocalId(variants.map((v) => v.id), "variant");
    const letter = String.fromCharCode(65 + variants.length);
    setVariants([...variants, { id, label: variants.length < 26 ? `Variant ${letter}` : `Variant ${variants.length + 1}`, percent: 0 }]);
  };

  return (
    <div className="space-y-4">
      <FormSection title="Variants" description="Each profile lands in one variant at random, and stays there if it comes back.">
        <ol className="space-y-1.5">
          {variants.map((variant, index) => {
            const name = `Variant ${index + 1}`;
            return (
              <li key={variant.id} className="flex items-center gap-1.5">
                <TextInput aria-label={`${name} label`} value={variant.label} placeholder="Label" className="min-w-0 flex-1" onChange={(e) => setVariants(variants.map((v, i) => (i === index ? { ...v, label: e.target.value } : v)))} />
                <div className="flex w-20 shrink-0 items-center gap-1">
                  <NumberInput aria-label={`${name} percent`} min={0} max={100} value={variant.percent} onValueChange={(percent) => setVariants(variants.map((v, i) => (i === index ? { ...v, percent } : v)))} />
                  <span className="text-xs text-slate-500">%</span>
                </div>
                <IconButton aria-label={`Remove ${name}`} tone="danger" disabled={variants.length <= 1} onClick={() => setVariants(variants.filter((_, i) => i !== index))}>
                  <Trash2 className="size-3.5" aria-hidden />
                </IconButton>
              </li>
            );
          })}
        </ol>
        <div className="flex flex-wrap gap-1.5">
          <Button type="button" size="sm" onClick={addVariant} disabled={variants.length >= MAX_VARIANTS}>
            <Plus className="size-3" aria-hidden /> Add variant
          </Button>
          <Button type="button" size="sm" onClick={() => setVariants(balanceEvenly(variants, holdoutPercent))}>
            <Scale className="size-3" aria-hidden /> Balance evenly
          </Button>
        </div>
      </FormSection>
      <FormSection title="Holdout">
        <CheckboxField
          label="Hold out a control group"
          hint="Held-out profiles leave here without messages, so you can measure the journey's lift."
          checked={holdoutPercent !== undefined}
          onCheckedChange={(on) => {
            const { holdoutPercent: _old, ...rest } = data;
            onChange(on ? { ...rest, holdoutPercent: 10 } : rest);
          }}
        />
        {holdoutPercent !== undefined && (
          <div className="flex items-center gap-1.5 pl-5">
            <NumberInput aria-label="Holdout percent" min={0} max={100} value={holdoutPercent} className="w-20" onValueChange={(n) => onChange({ ...data, holdoutPercent: n })} />
            <span className="text-xs text-slate-500">% of profiles</span>
          </div>
        )}
      </FormSection>
      <div role="status" aria-label="Split total" className={complete ? "rounded-md bg-emerald-50 p-2 text-xs text-emerald-800" : "rounded-md bg-red-50 p-2 text-xs text-red-800"}>
        <p className="font-semibold">Total {total}%</p>
        {!complete && <HelpText className="text-red-700">Shares must add up to 100%. Adjust them, or use Balance evenly.</HelpText>}
      </div>
    </div>
  );
}
