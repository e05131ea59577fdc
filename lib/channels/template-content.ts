import { z } from "zod";
import type { TChannel } from "../journey/channels";
import { firstZodProblem } from "../journey/zod-issue";

/*
 * Message template content per channel. Text fields are Liquid templates rendered against the
 * send context, e.g. "Hi {{ profile.traits.first_name | default: 'there' }}". Syntax is checked
 * by the renderer, not here: these schemas fix the shape each channel adapter can rely on.
 */

const ZText = z.string().max(100_000);
const ZRequiredText = ZText.min(1, "must not be empty");

/** URLs may be Liquid ("https://shop.example/cart/{{ event.properties.cart_id }}"), so only the scheme is checked. */
const ZLiquidUrl = z
  .string()
  .max(2_000)
  .regex(/^(https?:\/\/|\{\{)/, "must start with http:// or https://");

export const ZEmailContent = z.object({
  subject: ZRequiredText.max(998),
  /** The inbox preview line after the subject. */
  preheader: ZText.max(500),
  html: ZText,
  /** Plain-text alternative; also what text-only clients show. */
  text: ZText,
});

/** 1,600 characters is ten concatenated segments, the most carriers reliably deliver. */
export const ZSmsContent = z.object({ body: ZRequiredText.max(1_600) });

export const ZPushContent = z.object({
  title: ZRequiredText.max(200),
  body: ZRequiredText.max(2_000),
  deepLink: z.string().max(2_000).optional(),
  imageUrl: ZLiquidUrl.optional(),
});

export const ZInAppContent = z.object({
  title: ZRequiredText.max(200),
  body: ZRequiredText.max(5_000),
  ctaLabel: z.string().max(60).optional(),
  ctaUrl: z.string().max(2_000).optional(),
});

export const WEBHOOK_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

export const ZWebhookContent = z.object({
  url: ZLiquidUrl,
  method: z.enum(WEBHOOK_METHODS),
  headers: z.record(z.string().min(1).max(200), z.string().max(10_000)).refine((h) => Object.keys(h).length <= 50, "must have at most 50 headers"),
  body: ZText,
});

/** The paid-media audience the profile is added to (synced by the ads adapter). */
export const ZAdsAudienceContent = z.object({ audienceName: ZRequiredText.max(200) });

export const ZDirectMailContent = z.object({
  addressLines: z.array(z.string().max(200)).min(1, "needs at least one address line").max(8),
  copy: ZText,
});

/** The content schema of each channel; the template editor and the renderer look it up here. */
export const templateContentSchemas = {
  email: ZEmailContent,
  sms: ZSmsContent,
  push: ZPushContent,
  inApp: ZInAppContent,
  webhook: ZWebhookContent,
  adsAudience: ZAdsAudienceContent,
  directMail: ZDirectMailContent,
} as const satisfies Record<TChannel, z.ZodType>;

export type TTemplateContentFor<C extends TChannel> = z.infer<(typeof templateContentSchemas)[C]>;

/** A template's channel and content together, discriminated by `channel`. */
export const ZTemplateContent = z.discriminatedUnion("channel", [
  z.object({ channel: z.literal("email"), content: ZEmailContent }),
  z.object({ channel: z.literal("sms"), content: ZSmsContent }),
  z.object({ channel: z.literal("push"), content: ZPushContent }),
  z.object({ channel: z.literal("inApp"), content: ZInAppContent }),
  z.object({ channel: z.literal("webhook"), content: ZWebhookContent }),
  z.object({ channel: z.literal("adsAudience"), content: ZAdsAudienceContent }),
  z.object({ channel: z.literal("directMail"), content: ZDirectMailContent }),
]);
export type TTemplateContent = z.infer<typeof ZTemplateContent>;

export type TParseTemplateContentResult<C extends TChannel> =
  | { ok: true; content: TTemplateContentFor<C> }
  | { ok: false; path: string; message: string };

/**
 * Content (as stored in `Template.content` or submitted by the editor) checked against its
 * channel's schema; on failure the first problem, with a dotted path such as `headers.X-Key`.
 */
export function parseTemplateContent<C extends TChannel>(channel: C, content: unknown): TParseTemplateContentResult<C> {
  // Own keys only: a channel read from storage could be any string, "constructor" included.
  if (!Object.prototype.hasOwnProperty.call(templateContentSchemas, channel)) {
    return { ok: false, path: "channel", message: `unknown channel "${String(channel)}"` };
  }
  const schema: z.ZodType = templateContentSchemas[channel];
  const parsed = schema.safeParse(content);
  if (!parsed.success) return { ok: false, ...firstZodProblem(parsed.error) };
  // The schema was picked by `channel`, so its output is the content type for `C`.
  return { ok: true, content: parsed.data as TTemplateContentFor<C> };
}

/** Starter content for a new template, valid for its channel. */
export function defaultTemplateContent<C extends TChannel>(channel: C): TTemplateContentFor<C> {
  const starters: { [K in TChannel]: TTemplateContentFor<K> } = {
    email: { subject: "Hello {{ profile.traits.first_name | default: 'there' }}", preheader: "", html: "<p>Hello!</p>", text: "Hello!" },
    sms: { body: "Hi {{ profile.traits.first_name | default: 'there' }}! Reply STOP to opt out." },
    push: { title: "Hello", body: "Something new is waiting for you." },
    inApp: { title: "Hello", body: "Something new is waiting for you." },
    webhook: { url: "https://example.com/hooks/waymark", method: "POST", headers: { "Content-Type": "application/json" }, body: "{\"profileId\": \"{{ profile.id }}\"}" },
    adsAudience: { audienceName: "Waymark audience" },
    directMail: { addressLines: ["{{ profile.traits.address_line1 }}", "{{ profile.traits.postal_code }} {{ profile.traits.city }}"], copy: "Dear {{ profile.traits.first_name }}," },
  };
  return starters[channel];
}

/** Liquid variables a text references (`{{ profile.traits.first_name | upcase }}` → `profile.traits.first_name`), for previews and linting. */
export function liquidVariables(text: string): string[] {
  const names = [...text.matchAll(/\{\{\s*([A-Za-z_][\w.]*)/g)].map((m) => m[1] ?? "");
  return [...new Set(names.filter((n) => n !== ""))];
}
