import type { Metadata } from "next";
import { PreferenceCentreForm } from "@/components/preferences/preference-centre-form";
import { PreferenceShell } from "@/components/preferences/preference-shell";
import { requireMember } from "@/lib/auth/require-member";
import { previewPreferenceCentre } from "@/lib/preferences/preview-preference-centre";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Preference centre preview", robots: { index: false, follow: false } };

/**
 * The preference centre as a sample customer sees it, for members (Settings → Preference centre,
 * template previews' `{{ unsubscribe_url }}`). Saving only shows the preview notice.
 */
export default async function PreferenceCentrePreviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const member = await requireMember();
  const centre = await previewPreferenceCentre(member.current.workspaceId);
  const saved = (await searchParams).saved;
  return (
    <PreferenceShell branding={centre.branding}>
      <PreferenceCentreForm view={centre} action="/p/preview" method="get" notice={saved === "preview" ? "preview" : null} companyName={centre.branding.companyName} />
    </PreferenceShell>
  );
}
