import type { TSplitVariant } from "@/lib/journey/nodes/split/schema";

/** Variant shares plus the holdout, rounded to hundredths for display. */
export function splitTotal(variants: readonly { percent: number }[], holdoutPercent = 0): number {
  const total = variants.reduce((sum, v) => sum + v.percent, 0) + holdoutPercent;
  return Math.round(total * 100) / 100;
}

/** Whether the shares make 100% (with the validator's floating-point tolerance). */
export function sharesComplete(variants: readonly { percent: number }[], holdoutPercent = 0): boolean {
  const total = variants.reduce((sum, v) => sum + v.percent, 0) + holdoutPercent;
  return Math.abs(total - 100) <= 1e-6;
}

/**
 * Shares the room left by the holdout evenly: whole percents when the room is whole (34/33/33),
 * else hundredths; earlier variants take the remainder. An impossible holdout (over 100) leaves 0.
 */
export function balanceEvenly(variants: readonly TSplitVariant[], holdoutPercent = 0): TSplitVariant[] {
  if (variants.length === 0) return [];
  const room = Math.max(0, 100 - holdoutPercent);
  const scale = Number.isInteger(room) ? 1 : 100;
  const units = Math.round(room * scale);
  const base = Math.floor(units / variants.length);
  const extra = units - base * variants.length;
  return variants.map((v, i) => ({ ...v, percent: (base + (i < extra ? 1 : 0)) / scale }));
}
