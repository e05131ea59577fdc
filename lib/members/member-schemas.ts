import { z } from "zod";
import { ZRole } from "../auth/roles";

export const ZInviteMemberInput = z.object({
  email: z.string().trim().toLowerCase().email("must be an email address"),
  name: z.string().trim().min(1, "must not be empty").max(100),
  role: ZRole,
});
export type TInviteMemberInput = z.infer<typeof ZInviteMemberInput>;

export const ZChangeRoleInput = z.object({ membershipId: z.string().min(1), role: ZRole });
export type TChangeRoleInput = z.infer<typeof ZChangeRoleInput>;
