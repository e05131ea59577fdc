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
export default async function PreferenceCentrePreviewPage() {
  const member = await requireMember();
  const centre = await previewPreferenceCentre(member.current.workspaceId);
  return (
    <PreferenceShell branding={centre.branding}>
      <PreferenceCentreForm view={centre} action="/p/preview" method="get" notice="preview" companyName={centre.branding.companyName} />
    </PreferenceShell>
  );
}
