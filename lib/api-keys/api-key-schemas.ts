import { z } from "zod";
import { ZRole } from "../auth/roles";

export const API_KEY_KINDS = ["write", "management"] as const;
export const ZApiKeyKind = z.enum(API_KEY_KINDS);
export type TApiKeyKind = z.infer<typeof ZApiKeyKind>;

/**
 * What an admin asks for. Write keys feed ingestion only and carry no role; a management key
 * acts with the role it is given (analyst, the read-only one, when none is named).
 */
export const ZCreateApiKeyInput = z
  .strictObject({
    kind: ZApiKeyKind,
    name: z.string().trim().min(1, "must not be empty").max(100, "must be at most 100 characters"),
    role: ZRole.optional(),
  })
  .superRefine((input, ctx) => {
    if (input.kind === "write" && input.role) ctx.addIssue({ code: "custom", path: ["role"], message: "only management keys carry a role" });
  });
export type TCreateApiKeyInput = z.infer<typeof ZCreateApiKeyInput>;

export const ZListApiKeysQuery = z.strictObject({ includeRevoked: z.enum(["true", "false"]).optional() });

/** A key as lists show it: never the secret, only its first characters. */
export const ZApiKeySummary = z.object({
  id: z.string(),
  kind: ZApiKeyKind,
  name: z.string(),
  /** null for write keys */
  role: ZRole.nullable(),
  prefix: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type TApiKeySummary = z.infer<typeof ZApiKeySummary>;

/** The answer to a create: the clear key, returned this once and never again. */
export const ZCreatedApiKey = ZApiKeySummary.extend({ key: z.string() });
export type TCreatedApiKey = z.infer<typeof ZCreatedApiKey>;
