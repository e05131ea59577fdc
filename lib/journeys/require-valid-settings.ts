import { invalid } from "../errors";
import { parseJourneySettings, type TJourneySettings } from "../journey/settings";

/** Parsed journey settings (defaults filled in), or an "invalid" error naming `settings.<path>`. */
export function requireValidSettings(input: unknown): TJourneySettings {
  const parsed = parseJourneySettings(input);
  if (!parsed.ok) throw invalid(parsed.path ? `settings.${parsed.path}` : "settings", parsed.message);
  return parsed.settings;
}
