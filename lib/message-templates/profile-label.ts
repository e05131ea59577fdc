/** What a person is called in pickers: their name traits, else their email, else their user id, else the profile id. */
export function profileLabel(traits: Record<string, unknown>, email: string | null, userId: string | null, id: string): string {
  const text = (value: unknown) => (typeof value === "string" ? value.trim() : "");
  const name = [text(traits.first_name), text(traits.last_name)].filter(Boolean).join(" ") || text(traits.name);
  return name || email || userId || id;
}

/** The secondary line under a label: "ana@example.com · u_00042", without repeating the label. */
export function profileDetail(label: string, email: string | null, userId: string | null): string {
  return [email, userId].filter((part): part is string => part !== null && part !== label).join(" · ");
}
