import type { TSendProfile } from "../engine/types";
import type { TChannel } from "../journey/channels";
import { LIQUID_LIMITS, liquidEngine, RENDER_CLOCK } from "./liquid-engine";
import { toTemplateError, type TTemplateError } from "./template-error";
import { mapTemplateTextFields, templateTextFields } from "./template-text-fields";

/** The customer a message is rendered for, as templates see it under `profile`: the engine's send-time profile. */
export type TTemplateProfile = TSendProfile;

/** The event that triggered the journey (or, in previews, the profile's latest one), under `event`. */
export interface TTemplateEvent {
  name: string;
  properties: Record<string, unknown>;
  /** ISO 8601 */
  timestamp: string;
}

/** Everything a template can reference. */
export interface TTemplateVariables {
  profile: TTemplateProfile;
  event: TTemplateEvent | null;
  journey: { id: string; name: string } | null;
  /** the message's unsubscribe link (lib/preferences); previews pass a placeholder */
  unsubscribeUrl: string;
  /** the profile's preference-centre link; the unsubscribe link when not given */
  preferencesUrl?: string;
}

export interface TRenderTemplateResult<T = unknown> {
  /** the content with every text field rendered; a field that failed renders as "" */
  rendered: T;
  errors: TTemplateError[];
}

export interface TRenderTemplateOptions {
  /** per-field time limit; tests lower it to prove the limit holds */
  renderLimitMs?: number;
  /** time limit for all fields together */
  budgetMs?: number;
  /** the moment the message stands for: `"now" | date` prints it (the runner's pass, the preview's virtual clock); default the machine's clock */
  now?: Date;
}

/** Fields rendered into HTML, where customer data must be escaped. */
function isHtmlField(channel: TChannel, field: string): boolean {
  return channel === "email" && field === "html";
}

/** The Liquid scope: snake_case at the top, as marketers know it from other tools. */
function scopeOf(variables: TTemplateVariables, now: Date | undefined): Record<string | symbol, unknown> {
  const scope: Record<string | symbol, unknown> = { profile: variables.profile, event: variables.event, journey: variables.journey, unsubscribe_url: variables.unsubscribeUrl, preferences_url: variables.preferencesUrl ?? variables.unsubscribeUrl };
  if (now) scope[RENDER_CLOCK] = now;
  return scope;
}

/**
 * Renders every text field of a template's content with Liquid. Never throws for anything the
 * template says: syntax errors, unknown filters and blown limits come back as `errors`, positioned
 * by line and column within their field, and that field renders empty. Each field gets the
 * per-field limit or what is left of the template's budget, whichever is smaller. Dates format
 * in the profile's time zone.
 */
export async function renderTemplate<T>(channel: TChannel, content: T, variables: TTemplateVariables, options: TRenderTemplateOptions = {}): Promise<TRenderTemplateResult<T>> {
  const engine = liquidEngine(variables.profile.timezone);
  const htmlEngine = liquidEngine(variables.profile.timezone, { escapeHtml: true });
  const scope = scopeOf(variables, options.now);
  const outputs = new Map<string, string>();
  const errors: TTemplateError[] = [];
  const perField = options.renderLimitMs ?? LIQUID_LIMITS.renderLimitMs;
  const deadline = Date.now() + (options.budgetMs ?? LIQUID_LIMITS.templateBudgetMs);
  for (const { field, text } of templateTextFields(channel, content)) {
    try {
      const renderLimit = Math.max(1, Math.min(perField, deadline - Date.now()));
      const fieldEngine = isHtmlField(channel, field) ? htmlEngine : engine;
      outputs.set(field, String(await fieldEngine.render(fieldEngine.parse(text), scope, { renderLimit })));
    } catch (error) {
      errors.push(toTemplateError(field, error));
      outputs.set(field, "");
    }
  }
  // The same walk in the same order, so each field finds its own output.
  const rendered = mapTemplateTextFields(channel, content, (field) => outputs.get(field) ?? "") as T;
  return { rendered, errors };
}
