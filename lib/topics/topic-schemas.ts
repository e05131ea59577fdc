import { z } from "zod";

const ZName = z.string().trim().min(1, "must not be empty").max(80, "must be at most 80 characters");
const ZDescription = z.string().trim().max(300, "must be at most 300 characters");

/** A new subscription topic ("Product news", "Offers"). */
export const ZTopicCreate = z.strictObject({
  name: ZName,
  description: ZDescription.default(""),
  /** whether a profile that never chose receives the topic's messages */
  defaultSubscribed: z.boolean().default(true),
});
export type TTopicCreate = z.input<typeof ZTopicCreate>;

/** A change to a topic; `archived: true` hides it from the preference centre and pickers. */
export const ZTopicUpdate = z.strictObject({
  name: ZName.optional(),
  description: ZDescription.optional(),
  defaultSubscribed: z.boolean().optional(),
  archived: z.boolean().optional(),
});
export type TTopicUpdate = z.input<typeof ZTopicUpdate>;

/** A topic as the API and the pages show it. */
export const ZTopic = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  defaultSubscribed: z.boolean(),
  archived: z.boolean(),
  createdAt: z.string(),
  subscribers: z.number().int().optional().describe("profiles that chose to subscribe (list only)"),
  unsubscribers: z.number().int().optional().describe("profiles that chose to unsubscribe (list only)"),
});
export type TTopic = z.infer<typeof ZTopic>;

type TTopicRow = { id: string; name: string; description: string; defaultSubscribed: boolean; archivedAt: Date | null; createdAt: Date };

/** A Topic row as the API shows it. */
export function toTopicDto(row: TTopicRow): TTopic {
  return { id: row.id, name: row.name, description: row.description, defaultSubscribed: row.defaultSubscribed, archived: row.archivedAt !== null, createdAt: row.createdAt.toISOString() };
}
