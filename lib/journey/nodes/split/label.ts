import type { TSplitData } from "./schema";

export const splitLabel = "A/B split";
export const splitDescription = "Divide profiles at random between variants, with an optional holdout.";

/** "Variant A 50% · Variant B 50% · holdout 10%". */
export function summarizeSplit(data: TSplitData): string {
  const parts = data.variants.map((v) => `${v.label || v.id} ${v.percent}%`);
  if (data.holdoutPercent) parts.push(`holdout ${data.holdoutPercent}%`);
  return parts.join(" · ");
}
