import { z } from "zod";
import { ZCondition } from "../../conditions/schema";
import { defineNodeSchema } from "../node-schema";

/** Profiles matching `condition` are suppressed: they exit here, or take the `suppressed` path. */
export const ZSuppressData = z.object({
  condition: ZCondition,
  onSuppress: z.enum(["exit", "path"]),
});
export type TSuppressData = z.infer<typeof ZSuppressData>;

export const ZSuppressNode = defineNodeSchema("suppress", ZSuppressData);
export type TSuppressNode = z.infer<typeof ZSuppressNode>;
