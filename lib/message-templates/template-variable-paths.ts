import type { TTemplateVariables } from "./render-template";

/** Variables every template can use, whatever the profile: the picker lists them first. */
export const STANDARD_VARIABLES = [
  "profile.traits.first_name",
  "profile.traits.last_name",
  "profile.email",
  "profile.phone",
  "profile.userId",
  "profile.id",
  "event.name",
  "event.timestamp",
  "journey.name",
  "unsubscribe_url",
  "preferences_url",
] as const;

const MAX_PATHS = 60;

/** Scalar leaves of an object as dotted paths (one level of nesting is enough for traits and properties). */
function leafPaths(prefix: string, value: Record<string, unknown>): string[] {
  return Object.entries(value).flatMap(([key, item]) => {
    if (!/^[A-Za-z_][\w-]*$/.test(key)) return [];
    if (item && typeof item === "object" && !Array.isArray(item)) {
      return Object.entries(item as Record<string, unknown>)
        .filter(([inner, leaf]) => /^[A-Za-z_][\w-]*$/.test(inner) && (leaf === null || typeof leaf !== "object"))
        .map(([inner]) => `${prefix}.${key}.${inner}`);
    }
    return [`${prefix}.${key}`];
  });
}

/**
 * The variable paths a template could use for these variables: the standard ones, then this
 * profile's traits and this event's properties (what "Insert variable" offers).
 */
export function templateVariablePaths(variables: Pick<TTemplateVariables, "profile" | "event">): string[] {
  const paths = [
    ...STANDARD_VARIABLES,
    ...leafPaths("profile.traits", variables.profile.traits),
    ...(variables.event ? leafPaths("event.properties", variables.event.properties) : []),
  ];
  return [...new Set(paths)].slice(0, MAX_PATHS);
}
