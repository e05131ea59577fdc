/** Accent per node category, shared by the palette and the canvas cards. */
export const CATEGORY_ACCENT: Record<string, { bar: string; icon: string; block: string }> = {
  flow: { bar: "bg-sky-500", icon: "bg-sky-50 text-sky-700", block: "bg-sky-200" },
  action: { bar: "bg-brand-500", icon: "bg-brand-50 text-brand-700", block: "bg-brand-100" },
  logic: { bar: "bg-amber-500", icon: "bg-amber-50 text-amber-700", block: "bg-amber-200" },
};

/** The same accents as plain colours, for the minimap (SVG fills, not classes). */
export const CATEGORY_HEX: Record<string, string> = { flow: "#0ea5e9", action: "#6366f1", logic: "#f59e0b" };
