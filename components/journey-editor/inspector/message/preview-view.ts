import type { TChannel } from "@/lib/journey/channels";

/*
 * The template service renders a preview (`POST /api/v1/templates/preview`). Its response is read
 * defensively: the rendered fields may sit at the top level or under `rendered` / `preview` /
 * `content`, and only the fields a channel shows are kept.
 */

/** What the inspector shows of a rendered template, one optional field per line of the card. */
export type TPreviewView = {
  channel: TChannel;
  subject?: string;
  preheader?: string;
  title?: string;
  /** Plain text: SMS or push body, email text part, letter copy, webhook body. */
  text?: string;
  /** Email HTML, shown in a sandboxed frame. */
  html?: string;
  /** Extra lines: webhook method + URL, letter address, audience name, call to action. */
  lines?: string[];
};

type TRecord = Record<string, unknown>;

function isRecord(value: unknown): value is TRecord {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function str(record: TRecord, key: string): string | undefined {
  const value = record[key];
  return typeof value === "string" && value !== "" ? value : undefined;
}

/** The object holding rendered fields: the first of `rendered`, `preview`, `content` that is an object, else the body. */
export function renderedFields(body: unknown): TRecord | undefined {
  if (!isRecord(body)) return undefined;
  for (const key of ["rendered", "preview", "content", "result"]) {
    const inner = body[key];
    if (isRecord(inner)) return inner;
  }
  return body;
}

/** A template row from `GET /api/v1/templates/:id`, bare or under `template`. */
export function templateFromBody(body: unknown): { channel?: string; content: unknown } | undefined {
  if (!isRecord(body)) return undefined;
  const template = isRecord(body.template) ? body.template : body;
  if (!("content" in template)) return undefined;
  return { channel: typeof template.channel === "string" ? template.channel : undefined, content: template.content };
}

/** The fields of `body` that `channel` shows, or `undefined` when there is nothing to show. */
export function toPreviewView(channel: TChannel, body: unknown): TPreviewView | undefined {
  const r = renderedFields(body);
  if (!r) return undefined;
  const compact = (view: TPreviewView): TPreviewView | undefined => {
    const filled = Object.entries(view).filter(([key, value]) => key !== "channel" && value !== undefined && !(Array.isArray(value) && value.length === 0));
    return filled.length > 0 ? view : undefined;
  };
  const defined = (...values: (string | undefined)[]) => values.filter((v): v is string => v !== undefined);
  switch (channel) {
    case "email":
      return compact({ channel, subject: str(r, "subject"), preheader: str(r, "preheader"), html: str(r, "html"), text: str(r, "html") ? undefined : str(r, "text") });
    case "sms":
      return compact({ channel, text: str(r, "body") ?? str(r, "text") });
    case "push":
    case "inApp": {
      const cta = str(r, "ctaLabel");
      return compact({ channel, title: str(r, "title"), text: str(r, "body"), lines: defined(cta && `Button: ${cta}`, str(r, "deepLink") && `Opens ${str(r, "deepLink")}`) });
    }
    case "webhook": {
      const method = str(r, "method") ?? "POST";
      const url = str(r, "url");
      return compact({ channel, lines: defined(url && `${method} ${url}`), text: str(r, "body") });
    }
    case "adsAudience":
      return compact({ channel, lines: defined(str(r, "audienceName") && `Adds the profile to "${str(r, "audienceName")}"`) });
    case "directMail": {
      const address = Array.isArray(r.addressLines) ? r.addressLines.filter((l): l is string => typeof l === "string") : [];
      return compact({ channel, lines: address, text: str(r, "copy") });
    }
  }
}
