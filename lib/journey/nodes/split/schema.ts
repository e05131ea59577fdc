import { z } from "zod";
import { defineNodeSchema, ZLocalId } from "../node-schema";
import { refineUniqueIds } from "../unique-ids";

const ZPercent = z.number().min(0, "must be between 0 and 100").max(100, "must be between 0 and 100");

export const ZSplitVariant = z.object({ id: ZLocalId, label: z.string(), percent: ZPercent });
export type TSplitVariant = z.infer<typeof ZSplitVariant>;

/**
 * Random (sticky by hash of profile and node) allocation. The holdout share gets no handle: held
 * out profiles leave the journey there, which is what makes them a control group.
 */
export const ZSplitData = z
  .object({ variants: z.array(ZSplitVariant).min(1, "needs at least one variant").max(10), holdoutPercent: ZPercent.optional() })
  .superRefine((data, ctx) => refineUniqueIds(data.variants, ctx, "variants"));
export type TSplitData = z.infer<typeof ZSplitData>;

export const ZSplitNode = defineNodeSchema("split", ZSplitData);
export type TSplitNode = z.infer<typeof ZSplitNode>;
