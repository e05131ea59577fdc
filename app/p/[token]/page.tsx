import type { Metadata } from "next";
import { InvalidLink } from "@/components/preferences/invalid-link";
import { PreferenceCentreForm, type TCentreNotice } from "@/components/preferences/preference-centre-form";
import { PreferenceShell } from "@/components/preferences/preference-shell";
import { loadPreferenceCentre } from "@/lib/preferences/load-preference-centre";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: { absolute: "Communication preferences" }, robots: { index: false, follow: false }, referrer: "no-referrer" };

const NOTICE: Record<string, TCentreNotice> = { "1": "saved", all: "unsubscribedAll" };

/**
 * The hosted preference centre: public, reached through a signed link; no sign-in, no JavaScript
 * needed. A broken or tampered link shows a friendly "not valid" card (HTTP 200; the one-click
 * endpoint answers a real 404).
 */
export default async function PreferenceCentrePage({ params, searchParams }: { params: Promise<{ token: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { token } = await params;
  const centre = await loadPreferenceCentre(token);
  // Rendered here rather than through notFound(): Next streams that fallback into the client-side
  // tree, which leaves a blank page without JavaScript. This page must work without it.
  if (!centre) return <InvalidLink />;
  const saved = (await searchParams).saved;
  return (
    <PreferenceShell branding={centre.branding}>
      <PreferenceCentreForm view={centre} action={`/p/${token}/save`} notice={typeof saved === "string" ? (NOTICE[saved] ?? null) : null} companyName={centre.branding.companyName} />
    </PreferenceShell>
  );
}
