import { z } from "zod";
import { defineNodeSchema } from "../node-schema";

/** `reason` labels the exit in analytics ("Converted", "No engagement"). */
export const ZExitData = z.object({ reason: z.string().max(120) });
export type TExitData = z.infer<typeof ZExitData>;

export const ZExitNode = defineNodeSchema("exit", ZExitData);
export type TExitNode = z.infer<typeof ZExitNode>;
