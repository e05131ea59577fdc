import clsx from "clsx";
import { FlaskConical, PenLine, Route } from "lucide-react";
import Link from "next/link";

const TABS = [
  { id: "editor", label: "Editor", icon: PenLine, href: (id: string) => `/journeys/${id}` },
  { id: "preview", label: "Preview", icon: Route, href: (id: string) => `/journeys/${id}/preview` },
  { id: "tests", label: "Tests", icon: FlaskConical, href: (id: string) => `/journeys/${id}/tests` },
] as const;

/** The journey's pages: the editor, the path preview and the saved test cases. */
export function JourneyTabs({ journeyId, current }: { journeyId: string; current: (typeof TABS)[number]["id"] }) {
  return (
    <nav aria-label="Journey pages" className="flex shrink-0 items-center gap-0.5 rounded-md bg-slate-100 p-0.5">
      {TABS.map((tab) => (
        <Link
          key={tab.id}
          href={tab.href(encodeURIComponent(journeyId))}
          aria-current={tab.id === current ? "page" : undefined}
          className={clsx("flex items-center gap-1 rounded px-2 py-1 text-xs font-medium", tab.id === current ? "bg-white text-slate-900 shadow-xs" : "text-slate-600 hover:text-slate-900")}
        >
          <tab.icon className="size-3.5" aria-hidden /> {tab.label}
        </Link>
      ))}
    </nav>
  );
}
