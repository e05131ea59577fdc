import { z } from "zod";

/**
 * What the runner stores on a Message row's `content` JSON beside the rendered fields:
 * `{ rendered, templateName }`. The address and the cap exemption are columns
 * (`Message.recipient`, `Message.frequencyCapExempt`); rows written before those columns carry
 * them here as `to` and `frequencyCapExempt`, which `readMessageMeta` still reads.
 */
export const ZMessageContent = z.object({
  to: z.string().nullable().catch(null),
  rendered: z.record(z.string(), z.unknown()).catch({}),
  frequencyCapExempt: z.boolean().catch(false),
  templateName: z.string().nullable().catch(null),
});
export type TMessageContent = z.infer<typeof ZMessageContent>;

/** What the runner writes into `Message.content` now. */
export type TStoredMessageContent = Pick<TMessageContent, "rendered" | "templateName">;

/** The Message columns that supersede the old JSON fields. */
export type TMessageColumns = { recipient?: string | null; frequencyCapExempt?: boolean };

/**
 * A Message row's content read back, columns first: `recipient` else the legacy `content.to`,
 * exempt when either the column or the legacy field says so. Anything damaged falls back field by field.
 */
export function readMessageMeta(content: unknown, columns: TMessageColumns = {}): TMessageContent {
  const parsed = ZMessageContent.safeParse(content ?? {});
  const legacy = parsed.success ? parsed.data : { to: null, rendered: {}, frequencyCapExempt: false, templateName: null };
  return { ...legacy, to: columns.recipient ?? legacy.to, frequencyCapExempt: columns.frequencyCapExempt === true || legacy.frequencyCapExempt };
}
