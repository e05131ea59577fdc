"use client";

import clsx from "clsx";
import Link from "next/link";
import { usePathname } from "next/navigation";

/** Sidebar link, highlighted on its own section. */
export function NavLink({ href, children }: { href: string; children: React.ReactNode }) {
  const active = usePathname().startsWith(href);
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      className={clsx("flex items-center gap-2 rounded-md px-2.5 py-2 text-sm font-medium", active ? "bg-slate-800 text-white" : "text-slate-300 hover:bg-slate-800/60 hover:text-white")}
    >
      {children}
    </Link>
  );
}
