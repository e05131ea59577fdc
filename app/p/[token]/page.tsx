import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PreferenceCentreForm, type TCentreNotice } from "@/components/preferences/preference-centre-form";
import { PreferenceShell } from "@/components/preferences/preference-shell";
import { loadPreferenceCentre } from "@/lib/preferences/load-preference-centre";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: { absolute: "Communication preferences" }, robots: { index: false, follow: false }, referrer: "no-referrer" };

const NOTICE: Record<string, TCentreNotice> = { "1": "saved", all: "unsubscribedAll" };

/** The hosted preference centre: public, reached through a signed link; no sign-in, no JavaScript needed. */
export default async function PreferenceCentrePage({ params, searchParams }: { params: Promise<{ token: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { token } = await params;
  const centre = await loadPreferenceCentre(token);
  if (!centre) notFound();
  const saved = (await searchParams).saved;
  return (
    <PreferenceShell branding={centre.branding}>
      <PreferenceCentreForm view={centre} action={`/p/${token}/save`} notice={typeof saved === "string" ? (NOTICE[saved] ?? null) : null} companyName={centre.branding.companyName} />
    </PreferenceShell>
  );
}
