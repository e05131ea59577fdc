import type { TChannel } from "@/lib/journey/channels";

const LABELS: Record<string, string> = {
  subject: "Subject",
  preheader: "Preheader",
  html: "HTML body",
  text: "Plain-text part",
  body: "Body",
  title: "Title",
  deepLink: "Deep link",
  imageUrl: "Image URL",
  ctaLabel: "Button label",
  ctaUrl: "Button URL",
  url: "URL",
  method: "Method",
  audienceName: "Audience name",
  copy: "Letter copy",
};

/** The form's label for a content field path, as the error list names it. */
export function fieldLabel(channel: TChannel, field: string): string {
  if (channel === "webhook" && field === "body") return "JSON body";
  const [head, rest] = [field.split(".")[0] ?? field, field.split(".").slice(1).join(".")];
  if (head === "addressLines" && rest) return `Address line ${Number(rest) + 1}`;
  if (head === "headers" && rest) return `Header ${rest}`;
  return LABELS[head] ?? field;
}
