import { z } from "zod";
import { CHANNELS } from "../journey/channels";

export const MESSAGE_STATUSES = ["pending", "sending", "sent", "failed", "unknown", "skipped"] as const;

/** GET /api/v1/messages query. */
export const ZListMessagesQuery = z.object({
  profileId: z.string().min(1).optional(),
  journeyId: z.string().min(1).optional(),
  channel: z.enum(CHANNELS).optional(),
  status: z.enum(MESSAGE_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const ZMessageDto = z.object({
  id: z.string(),
  profileId: z.string(),
  enrollmentId: z.string().nullable(),
  journeyId: z.string().nullable(),
  journeyName: z.string().nullable(),
  nodeId: z.string().nullable(),
  templateId: z.string().nullable(),
  templateName: z.string().nullable(),
  channel: z.string(),
  to: z.string().nullable().describe("the address it goes to"),
  status: z.string(),
  idempotencyKey: z.string().describe("enrollment:node:visit; passed to the provider"),
  content: z.record(z.string(), z.unknown()).describe("rendered content as the customer receives it"),
  attempts: z.number().int(),
  provider: z.string().nullable(),
  providerMessageId: z.string().nullable(),
  error: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  engagement: z.object({ delivered: z.string().nullable(), opened: z.string().nullable(), clicked: z.string().nullable() }),
});
export type TMessageDto = z.infer<typeof ZMessageDto>;
