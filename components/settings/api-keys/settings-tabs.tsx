import clsx from "clsx";
import Link from "next/link";

export type TSettingsTab = "members" | "rules" | "preferences" | "identity" | "apiKeys" | "sources";

const TABS: { id: TSettingsTab; label: string; href: string; adminOnly: boolean }[] = [
  { id: "members", label: "Members", href: "/settings", adminOnly: false },
  { id: "rules", label: "Sending rules", href: "/settings/rules", adminOnly: false },
  { id: "preferences", label: "Preference centre", href: "/settings/preferences", adminOnly: false },
  { id: "identity", label: "Identity", href: "/settings/identity", adminOnly: false },
  { id: "apiKeys", label: "API keys", href: "/settings/api-keys", adminOnly: true },
  { id: "sources", label: "Sources", href: "/settings/sources", adminOnly: false },
];

/** The sections of Settings as tabs; API keys only for admins, who alone may manage them. */
export function SettingsTabs({ current, isAdmin }: { current: TSettingsTab; isAdmin: boolean }) {
  return (
    <nav aria-label="Settings sections" className="flex gap-1 border-b border-slate-200">
      {TABS.filter((tab) => isAdmin || !tab.adminOnly).map((tab) => (
        <Link
          key={tab.id}
          href={tab.href}
          aria-current={tab.id === current ? "page" : undefined}
          className={clsx(
            "-mb-px border-b-2 px-3 py-2 text-sm font-medium",
            tab.id === current ? "border-brand-600 text-brand-700" : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900",
          )}
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
