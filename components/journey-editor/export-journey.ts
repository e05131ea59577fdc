import type { TJourneyExport } from "./store/parse-import";

/** A file name from the journey name: "Cart recovery" → "cart-recovery.journey.json". */
export function exportFileName(name: string): string {
  const slug = name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return `${slug || "journey"}.journey.json`;
}

/** Downloads `{ name, graph, settings }` as a JSON file the import dialog reads back. */
export function downloadJourney(content: TJourneyExport): void {
  const blob = new Blob([`${JSON.stringify(content, null, 2)}\n`], { type: "application/json" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = exportFileName(content.name);
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next tick: the download has started by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
