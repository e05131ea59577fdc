import { PreferenceShell } from "./preference-shell";

const NEUTRAL = { companyName: "Email preferences", accentColor: "#64748b", footer: "", logoUrl: "" };

/** What a customer sees for a broken, altered or outdated preference link: no error jargon, a way forward. */
export function InvalidLink() {
  return (
    <PreferenceShell branding={NEUTRAL}>
      <h1 className="text-xl font-semibold tracking-tight text-slate-900">This link is not valid</h1>
      <p className="mt-2 text-sm leading-relaxed text-slate-600">
        It may have been copied incompletely or changed. Open the link from the most recent message you received, or use the unsubscribe link at the bottom of any of our emails.
      </p>
    </PreferenceShell>
  );
}
