import { z } from "zod";
import { ZCondition } from "../../conditions/schema";
import { defineNodeSchema, ZLocalId } from "../node-schema";
import { refineUniqueIds } from "../unique-ids";

export const ZBranchPath = z.object({ id: ZLocalId, label: z.string(), condition: ZCondition });
export type TBranchPath = z.infer<typeof ZBranchPath>;

/** Paths are tried in order; the first whose condition matches wins, otherwise `else`. */
export const ZBranchData = z
  .object({ paths: z.array(ZBranchPath).max(20) })
  .superRefine((data, ctx) => refineUniqueIds(data.paths, ctx, "paths", ["else"]));
export type TBranchData = z.infer<typeof ZBranchData>;

export const ZBranchNode = defineNodeSchema("branch", ZBranchData);
export type TBranchNode = z.infer<typeof ZBranchNode>;
