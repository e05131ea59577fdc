import type { CSSProperties, ReactNode } from "react";

export interface TShellBranding {
  companyName: string;
  accentColor: string;
  footer: string;
  logoUrl: string;
}

/**
 * The customer-facing frame of the preference pages: a centred card on a quiet background, the
 * company's name (or logo) on top, its footer below, its accent colour on controls (`--accent`).
 */
export function PreferenceShell({ branding, children }: { branding: TShellBranding; children: ReactNode }) {
  return (
    <div className="min-h-full bg-slate-100 px-4 py-10 sm:py-16" style={{ "--accent": branding.accentColor } as CSSProperties}>
      <main className="mx-auto w-full max-w-lg">
        <div className="mb-6 flex items-center justify-center gap-3">
          {branding.logoUrl ? (
            // eslint-disable-next-line @next/next/no-img-element -- an arbitrary customer-supplied host; next/image would need it allow-listed
            <img src={branding.logoUrl} alt={branding.companyName} className="h-9 max-w-48 object-contain" />
          ) : (
            <p className="text-xl font-semibold tracking-tight text-slate-900">{branding.companyName}</p>
          )}
        </div>
        <div className="overflow-hidden rounded-2xl bg-white shadow-sm ring-1 ring-slate-200">
          <div className="h-1.5 bg-[var(--accent)]" aria-hidden />
          <div className="px-6 py-7 sm:px-8">{children}</div>
        </div>
        {branding.footer && <p className="mt-6 whitespace-pre-line text-center text-xs leading-relaxed text-slate-500">{branding.footer}</p>}
      </main>
    </div>
  );
}
