import { z } from "zod";

/**
 * What the runner stores on a Message row's `content` JSON beside the rendered fields, since the
 * outbox table has no columns for them: the address it goes to and whether it is exempt from
 * frequency caps. Shape: `{ to, rendered, frequencyCapExempt, templateName }`.
 */
export const ZMessageContent = z.object({
  to: z.string().nullable().catch(null),
  rendered: z.record(z.string(), z.unknown()).catch({}),
  frequencyCapExempt: z.boolean().catch(false),
  templateName: z.string().nullable().catch(null),
});
export type TMessageContent = z.infer<typeof ZMessageContent>;

/** A Message row's content read back; anything damaged falls back field by field. */
export function readMessageMeta(content: unknown): TMessageContent {
  const parsed = ZMessageContent.safeParse(content ?? {});
  return parsed.success ? parsed.data : { to: null, rendered: {}, frequencyCapExempt: false, templateName: null };
}
