import { z } from "zod";

/** Canvas coordinates (top-left corner, React Flow convention). */
export const ZPosition = z.object({ x: z.number().finite(), y: z.number().finite() });
export type TPosition = z.infer<typeof ZPosition>;

/** Ids are short strings chosen by the editor; they also key step logs and node stats. */
export const ZNodeId = z.string().min(1, "must not be empty").max(64);

export type TNodeSchema<TType extends string, TDataSchema extends z.ZodType> = z.ZodObject<{
  id: typeof ZNodeId;
  type: z.ZodLiteral<TType>;
  position: typeof ZPosition;
  data: TDataSchema;
}>;

/** The stored shape of a node of one type: `{ id, type, position, data }`. */
export function defineNodeSchema<TType extends string, TDataSchema extends z.ZodType>(
  type: TType,
  data: TDataSchema,
): TNodeSchema<TType, TDataSchema> {
  return z.object({ id: ZNodeId, type: z.literal(type), position: ZPosition, data });
}

/** Ids that are local to a node (branch paths, split variants): they become handle ids. */
export const ZLocalId = z
  .string()
  .min(1, "must not be empty")
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, "use letters, digits, - and _ only");
