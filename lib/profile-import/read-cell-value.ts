import type { TConsentStatus } from "../profiles/event-schemas";

/** Decimal numbers as people write them; no exponent, no leading zeros (`007` is a code, not 7). */
const DECIMAL = /^-?(0|[1-9]\d{0,14})(\.\d{1,15})?$/;

/**
 * A trait value from its cell: `42` and `-3.5` become numbers, `true` / `false` (any case)
 * booleans, everything else stays the text it is. Segment conditions compare numbers as
 * numbers (`orders > 3`), so numeric cells must arrive as numbers; anything that would lose
 * information as a number — leading zeros (zip codes), more than 15 integer digits (ids),
 * exponents, `1,5` — stays text. An empty cell is undefined: the import leaves the trait alone.
 */
export function readTraitValue(cell: string): string | number | boolean | undefined {
  if (cell === "") return undefined;
  if (DECIMAL.test(cell)) return Number(cell);
  const lower = cell.toLowerCase();
  if (lower === "true") return true;
  if (lower === "false") return false;
  return cell;
}

const SUBSCRIBED = new Set(["subscribed", "yes", "y", "true", "1"]);
const UNSUBSCRIBED = new Set(["unsubscribed", "no", "n", "false", "0"]);

/** The consent values a consent column accepts, for messages and the format explanation. */
export const CONSENT_CELL_VALUES = "subscribed / unsubscribed (also yes / no, true / false, 1 / 0)";

export type TConsentCell = { ok: true; status: TConsentStatus | null } | { ok: false; message: string };

/** A consent cell: subscribed / unsubscribed and their yes/no, true/false, 1/0 spellings; empty leaves consent as it is. */
export function readConsentCell(cell: string): TConsentCell {
  if (cell === "") return { ok: true, status: null };
  const lower = cell.toLowerCase();
  if (SUBSCRIBED.has(lower)) return { ok: true, status: "subscribed" };
  if (UNSUBSCRIBED.has(lower)) return { ok: true, status: "unsubscribed" };
  // the reason only, not the cell: import error reports never hold a cell's value (see mapImportRow)
  return { ok: false, message: `is not a consent value: use ${CONSENT_CELL_VALUES}, or leave it empty` };
}
