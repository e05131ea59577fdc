import { stableBucket } from "../../../engine/stable-bucket";
import type { TNodeOutcome, TNodeRunInput } from "../../../engine/types";
import type { TSplitData, TSplitVariant } from "./schema";

/** What split memory holds for a held-out profile. */
export const HOLDOUT = "holdout";

function variantName(variant: TSplitVariant): string {
  const label = variant.label.trim() || variant.id;
  return /^variant\b/i.test(label) ? label : `variant ${label}`;
}

/** Holdout first, then the variants in order, over a [0, 100) bucket fixed by (profile, node). */
function allocate(data: TSplitData, bucket: number): TSplitVariant | typeof HOLDOUT {
  let bound = data.holdoutPercent ?? 0;
  if (bucket < bound) return HOLDOUT;
  for (const variant of data.variants) {
    bound += variant.percent;
    if (bucket < bound) return variant;
  }
  // Shares short of 100 (only in an unpublishable draft) leave the rest to the last variant.
  return data.variants[data.variants.length - 1] ?? HOLDOUT;
}

/**
 * Sticky random allocation: the bucket is a stable hash of (profile, node), so a profile lands in
 * the same variant every time and on every machine; memory keeps the assignment for the log.
 * Held-out profiles exit with reason "holdout" and stay counted as the control group.
 */
export function runSplit(data: TSplitData, input: TNodeRunInput): TNodeOutcome {
  const { nodeId, enrollment } = input;
  const remembered = enrollment.memory.splits[nodeId];
  const stickyVariant = data.variants.find((v) => v.id === remembered);
  const choice = remembered === HOLDOUT ? HOLDOUT : (stickyVariant ?? allocate(data, stableBucket(`${enrollment.profileId}:${nodeId}`) * 100));
  const sticky = remembered !== undefined && (remembered === HOLDOUT || stickyVariant !== undefined);
  const suffix = sticky ? " (sticky)" : "";
  const memory = { splits: { ...enrollment.memory.splits, [nodeId]: choice === HOLDOUT ? HOLDOUT : choice.id } };
  if (choice === HOLDOUT) return { kind: "end", state: "exited", action: "holdout", reason: `holdout${suffix}`, memory };
  return { kind: "continue", handle: choice.id, action: "assigned", reason: `${variantName(choice)}${suffix}`, memory };
}
