import { z } from "zod";
import { defineNodeSchema } from "../node-schema";

export const ASSIGNMENT_OPS = ["set", "unset", "increment", "append"] as const;

const ZTraitValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/**
 * One trait change. The value's type follows the op (the engine applies it without guessing):
 * set/append take a value, increment a number, unset none.
 */
export const ZTraitAssignment = z
  .object({ trait: z.string(), op: z.enum(ASSIGNMENT_OPS), value: ZTraitValue.optional() })
  .superRefine((a, ctx) => {
    const problem =
      a.op === "unset"
        ? a.value !== undefined && "\"unset\" takes no value"
        : a.op === "increment"
          ? typeof a.value !== "number" && "\"increment\" needs a number"
          : a.value === undefined && `"${a.op}" needs a value`;
    if (problem) ctx.addIssue({ code: "custom", path: ["value"], message: problem });
  });
export type TTraitAssignment = z.infer<typeof ZTraitAssignment>;

export const ZUpdateProfileData = z.object({ assignments: z.array(ZTraitAssignment).max(50) });
export type TUpdateProfileData = z.infer<typeof ZUpdateProfileData>;

export const ZUpdateProfileNode = defineNodeSchema("updateProfile", ZUpdateProfileData);
export type TUpdateProfileNode = z.infer<typeof ZUpdateProfileNode>;
