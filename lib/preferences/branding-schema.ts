import { z } from "zod";

/** The preference centre's look (WorkspaceSettings.preferenceCentre). Empty fields fall back to defaults. */
export const ZBrandingInput = z.strictObject({
  companyName: z.string().trim().max(80, "must be at most 80 characters").default(""),
  accentColor: z
    .string()
    .trim()
    .regex(/^#[0-9a-fA-F]{6}$/, "must be a colour as #RRGGBB, e.g. #4f46e5")
    .or(z.literal(""))
    .default(""),
  footer: z.string().trim().max(500, "must be at most 500 characters").default(""),
  logoUrl: z
    .string()
    .trim()
    .max(500)
    .refine((url) => url === "" || /^https:\/\/[^\s"'<>]+$/.test(url), "must be an https:// address")
    .default(""),
});
export type TBrandingInput = z.input<typeof ZBrandingInput>;

/** Branding as pages use it: every field filled. */
export interface TBranding {
  companyName: string;
  accentColor: string;
  footer: string;
  logoUrl: string;
}

export const DEFAULT_ACCENT = "#4f46e5";

/** Stored branding (re-validated field by field: a damaged field falls back) with the workspace name as company. */
export function readBranding(stored: unknown, workspaceName: string): TBranding {
  const record = stored && typeof stored === "object" && !Array.isArray(stored) ? (stored as Record<string, unknown>) : {};
  const field = <K extends keyof TBranding>(key: K): string => {
    const parsed = ZBrandingInput.shape[key].safeParse(record[key]);
    return parsed.success ? parsed.data : "";
  };
  return { companyName: field("companyName") || workspaceName, accentColor: field("accentColor") || DEFAULT_ACCENT, footer: field("footer"), logoUrl: field("logoUrl") };
}
