/** The providers one schema serves; the first is the embedded default. */
export const PROVIDERS = ["sqlite", "postgresql"] as const;
export type TProvider = (typeof PROVIDERS)[number];

/**
 * Rewrites the datasource provider (and, when given, the generator output) of the schema text.
 * Everything else stays byte for byte, so both providers always share the same models.
 */
export function schemaForProvider(schema: string, provider: TProvider, output?: string): string {
  let text = schema.replace(/(datasource\s+db\s*\{[^}]*?provider\s*=\s*)"[^"]+"/, `$1"${provider}"`);
  if (output) text = text.replace(/(generator\s+client\s*\{[^}]*?output\s*=\s*)"[^"]+"/, `$1"${output}"`);
  return text;
}
