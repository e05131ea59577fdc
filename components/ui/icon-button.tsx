import clsx from "clsx";
import type { ButtonHTMLAttributes } from "react";

/** A small square button holding only an icon; `aria-label` is required because there is no text. */
export function IconButton({ className, tone = "neutral", ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { "aria-label": string; tone?: "neutral" | "danger" }) {
  return (
    <button
      type="button"
      title={props["aria-label"]}
      {...props}
      className={clsx(
        "inline-flex size-6 shrink-0 items-center justify-center rounded text-slate-500 focus-visible:outline-2 focus-visible:outline-brand-500 disabled:cursor-not-allowed disabled:opacity-40",
        tone === "danger" ? "hover:bg-red-50 hover:text-red-700" : "hover:bg-slate-100 hover:text-slate-800",
        className,
      )}
    />
  );
}
