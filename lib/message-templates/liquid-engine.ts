import { filters, Liquid, toValue } from "liquidjs";

/**
 * Bounds on one render call, so a template (written by a marketer, or sent to the preview API by
 * anyone with read access) cannot hang a worker or exhaust its memory.
 */
export const LIQUID_LIMITS = {
  /** characters parsed per field; content fields are at most 100,000 characters */
  parseLimit: 200_000,
  /** milliseconds one field may take to render (a `for` over a huge range stops here) */
  renderLimitMs: 500,
  /** milliseconds all fields of one template may take together, so many fields cannot add up */
  templateBudgetMs: 1_000,
  /** allocations (ranges, string concatenation, …) one field may make */
  memoryLimit: 10_000_000,
} as const;

/**
 * The moment a render stands for, set on the render's scope (a symbol: no template can read or
 * set it). `"now" | date` prints it instead of the machine's clock, so an outbox row rendered by
 * a pass under the test clock and a preview on the virtual clock both print their own moment.
 */
export const RENDER_CLOCK = Symbol("waymark.renderClock");

/** Liquid's date filters, which read "now" / "today" from the machine's clock unless told otherwise. */
const DATE_FILTERS = ["date", "date_to_xmlschema", "date_to_rfc822", "date_to_string", "date_to_long_string"] as const;

function withRenderClock(engine: Liquid): void {
  for (const name of DATE_FILTERS) {
    const builtin = filters[name];
    if (typeof builtin !== "function") continue;
    engine.registerFilter(name, function (this: ThisParameterType<typeof builtin>, value: unknown, ...args: unknown[]) {
      const clock = (this.context.environments as Record<symbol, unknown>)[RENDER_CLOCK];
      const named = toValue(value);
      return builtin.call(this, clock instanceof Date && (named === "now" || named === "today") ? clock : value, ...args);
    });
  }
}

const MAX_CACHED_ENGINES = 64;
const engines = new Map<string, Liquid>();

/** Whether `timeZone` is an IANA zone this runtime knows (profiles carry whatever their SDK sent). */
function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The Liquid engine for rendering in `timeZone` (the `date` filter formats in it; unknown zones
 * fall back to UTC). Strict filters: a misspelt filter is a mistake worth reporting at save time.
 * Lenient variables: a customer without a trait gets an empty string, not a failed send.
 * `escapeHtml` is for HTML fields (the email body).
 * `templates: {}` keeps `include`/`render`/`layout` off the file system: without it a template
 * could read any file under the working directory, secrets included.
 */
export function liquidEngine(timeZone: string | null = null, options: { escapeHtml?: boolean } = {}): Liquid {
  const zone = timeZone && isKnownTimeZone(timeZone) ? timeZone : "UTC";
  const key = `${zone}|${options.escapeHtml ? "html" : "text"}`;
  const cached = engines.get(key);
  if (cached) return cached;
  const engine = new Liquid({
    strictFilters: true,
    strictVariables: false,
    ownPropertyOnly: true,
    templates: {},
    timezoneOffset: zone,
    parseLimit: LIQUID_LIMITS.parseLimit,
    renderLimit: LIQUID_LIMITS.renderLimitMs,
    memoryLimit: LIQUID_LIMITS.memoryLimit,
    // In HTML, customer data is escaped so a trait like `<script>` or `<a href=…>` cannot rewrite
    // the email; a marketer who means to output markup writes `{{ x | raw }}`.
    ...(options.escapeHtml && { outputEscape: "escape" as const }),
  });
  withRenderClock(engine);
  // A small cache: zones repeat across customers; evict the oldest rather than grow without bound.
  if (engines.size >= MAX_CACHED_ENGINES) engines.delete(engines.keys().next().value as string);
  engines.set(key, engine);
  return engine;
}
