import type { Prisma } from "../../lib/db/generated/sqlite/client";
import { DEMO_COUNTRIES, DEMO_EMAIL_DOMAINS, DEMO_NAMES } from "./demo-people";
import { generateEventHistory, type TPersona } from "./generate-event-history";
import { toLocalDaytime } from "./local-time";
import type { TRandom } from "./random";
import type { TSeedChannel, TSeedEvent } from "./seed-event";
import { DAY_MS, SEED_HISTORY_DAYS, type TSeedWindow } from "./seed-window";

export interface TSeedIdentity {
  kind: "userId" | "anonymousId" | "email" | "phone" | "deviceId";
  value: string;
}

export interface TSeedConsent {
  channel: "email" | "sms" | "push";
  status: "subscribed" | "unsubscribed";
  source: string;
  updatedAt: Date;
}

/** Everything the seed writes for one customer, before ids and the workspace are attached. */
export interface TSeedPerson {
  userId: string;
  persona: TPersona;
  traits: Prisma.InputJsonObject;
  /** when each trait (and `$timezone` / `$locale`) was last set, as the profile page shows it */
  traitTimestamps: Record<string, string>;
  timezone: string;
  locale: string;
  firstSeenAt: Date;
  lastSeenAt: Date;
  identities: TSeedIdentity[];
  consents: TSeedConsent[];
  events: TSeedEvent[];
}

export interface TPersonOptions {
  random: TRandom;
  window: TSeedWindow;
  /** zero-based position; gives the stable user id `u_00001`, … */
  index: number;
  /** identifiers already handed out, so every email and phone number stays unique */
  taken: { emails: Set<string>; phones: Set<string> };
}

const COUNTRY_WEIGHTS = DEMO_COUNTRIES.map((country) => [country, country.weight] as const);
const PERSONAS: readonly (readonly [TPersona, number])[] = [["browser", 35], ["buyer", 35], ["loyal", 12], ["lapsed", 18]];

/**
 * One realistic demo customer: who they are (traits, time zone, locale), how they can be reached
 * (identities and per-channel consent, with some channels never asked) and what they did.
 */
export function generatePerson({ random, window, index, taken }: TPersonOptions): TSeedPerson {
  const country = random.weighted(COUNTRY_WEIGHTS);
  const [city, timezone] = random.pick(country.cities);
  const names = DEMO_NAMES[country.names];
  const firstName = random.pick(names.first);
  const lastName = random.pick(names.last);
  const userId = `u_${String(index + 1).padStart(5, "0")}`;
  const email = uniqueEmail(random, firstName, lastName, taken.emails);
  const phone = random.chance(0.7) ? uniqueValue(() => country.phone(random), taken.phones) : null;
  const channel: TSeedChannel = random.chance(0.35)
    ? random.chance(0.55) ? { kind: "app", platform: "ios", deviceId: random.uuid().toUpperCase() } : { kind: "app", platform: "android", deviceId: random.hex(16) }
    : { kind: "web" };
  const anonymousId = random.chance(0.6) ? random.uuid() : null;
  const persona = random.weighted(PERSONAS);
  const { signupAt, activeUntil } = pickLifetime(random, window, persona, timezone);
  const consents = pickConsents(random, window, signupAt, phone !== null, channel.kind === "app", persona);
  const emailConsent = consents.find((consent) => consent.channel === "email");

  const { events, summary } = generateEventHistory({
    random, window, persona, signupAt, activeUntil, channel, timezone,
    browsedBeforeSignup: anonymousId !== null && random.chance(0.5),
    opensEmail: emailConsent?.status !== "unsubscribed",
  });
  const plan = random.weighted(persona === "loyal" ? [["free", 40], ["pro", 40], ["team", 20]] : [["free", 75], ["pro", 19], ["team", 6]]);
  const traits: Prisma.InputJsonObject = {
    first_name: firstName,
    last_name: lastName,
    email,
    ...(phone ? { phone } : {}),
    country: country.code,
    city,
    plan,
    lifetime_value: summary.lifetimeValue,
    orders_count: summary.ordersCount,
    // The onboarding journey branches on this: here a customer is activated by a first order.
    activated: summary.ordersCount > 0,
    signup_at: signupAt.toISOString(),
    ...(summary.lastOrderAt ? { first_order_at: summary.firstOrderAt?.toISOString() ?? null, last_order_at: summary.lastOrderAt.toISOString() } : {}),
  };
  // Who they are was told at signup; the order summary was last set by the latest order.
  const summarySetAt = (summary.lastOrderAt ?? signupAt).toISOString();
  const ORDER_TRAITS = new Set(["lifetime_value", "orders_count", "activated", "first_order_at", "last_order_at"]);
  const traitTimestamps: Record<string, string> = { $timezone: signupAt.toISOString(), $locale: signupAt.toISOString() };
  for (const key of Object.keys(traits)) traitTimestamps[key] = ORDER_TRAITS.has(key) ? summarySetAt : signupAt.toISOString();
  const identities: TSeedIdentity[] = [{ kind: "userId", value: userId }, { kind: "email", value: email }];
  if (phone) identities.push({ kind: "phone", value: phone });
  if (anonymousId) identities.push({ kind: "anonymousId", value: anonymousId });
  if (channel.kind === "app") identities.push({ kind: "deviceId", value: channel.deviceId });

  return {
    userId, persona, traits, traitTimestamps, timezone, locale: country.locale, identities, consents, events,
    firstSeenAt: events[0]?.timestamp ?? signupAt,
    lastSeenAt: events[events.length - 1]?.timestamp ?? signupAt,
  };
}

function pickLifetime(random: TRandom, window: TSeedWindow, persona: TPersona, timezone: string): { signupAt: Date; activeUntil: Date } {
  const end = window.end.getTime();
  // Local daytime may land later that day; staying a day clear of `end` keeps sign-ups in the past.
  const daysAgo = (days: number): Date => new Date(Math.min(end - DAY_MS, toLocalDaytime(random, end - days * DAY_MS, timezone, window.end)));
  if (persona === "lapsed") {
    // Bought early, then went quiet: their last order is at least 60 days old.
    const signupDays = random.int(90, SEED_HISTORY_DAYS - 2);
    return { signupAt: daysAgo(signupDays), activeUntil: daysAgo(random.int(62, Math.min(80, signupDays - 10))) };
  }
  const signupDays = persona === "loyal"
    ? random.int(30, SEED_HISTORY_DAYS - 2)
    : 1 + Math.pow(random.next(), 1.3) * (SEED_HISTORY_DAYS - 3); // more sign-ups lately: the shop is growing
  return { signupAt: daysAgo(signupDays), activeUntil: new Date(end) };
}

function pickConsents(random: TRandom, window: TSeedWindow, signupAt: Date, hasPhone: boolean, hasApp: boolean, persona: TPersona): TSeedConsent[] {
  const later = (): Date => new Date(signupAt.getTime() + (window.end.getTime() - signupAt.getTime()) * random.next());
  const consents: TSeedConsent[] = [];
  // Email is opt-out: most were asked at sign-up, a few left through the footer link, some never asked.
  if (random.chance(0.85)) {
    consents.push(random.chance(persona === "lapsed" ? 0.75 : 0.9)
      ? { channel: "email", status: "subscribed", source: "signup_form", updatedAt: signupAt }
      : { channel: "email", status: "unsubscribed", source: "unsubscribe_link", updatedAt: later() });
  }
  // SMS and push are opt-in: only a minority said yes.
  const sms = hasPhone ? random.weighted([["subscribed", 30], ["unsubscribed", 8], ["never", 62]] as const) : "never";
  if (sms !== "never") consents.push({ channel: "sms", status: sms, source: sms === "subscribed" ? "checkout" : "sms_stop", updatedAt: later() });
  const push = hasApp ? random.weighted([["subscribed", 55], ["unsubscribed", 15], ["never", 30]] as const) : "never";
  if (push !== "never") consents.push({ channel: "push", status: push, source: push === "subscribed" ? "app_prompt" : "app_settings", updatedAt: later() });
  return consents;
}

function uniqueEmail(random: TRandom, first: string, last: string, taken: Set<string>): string {
  const clean = (text: string): string => text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]/g, "");
  const f = clean(first);
  const l = clean(last);
  const local = random.weighted([[`${f}.${l}`, 5], [`${f}${l}`, 2], [`${f.charAt(0)}${l}`, 2], [`${f}.${l}${random.int(1, 99)}`, 2], [`${f}${random.int(80, 99)}`, 1]]);
  const domain = random.weighted(DEMO_EMAIL_DOMAINS);
  return uniqueValue((attempt) => (attempt === 0 ? `${local}@${domain}` : `${local}${random.int(2, 9999)}@${domain}`), taken);
}

function uniqueValue(make: (attempt: number) => string, taken: Set<string>): string {
  for (let attempt = 0; attempt < 1000; attempt++) {
    const value = make(attempt);
    if (!taken.has(value)) {
      taken.add(value);
      return value;
    }
  }
  throw new Error("could not find an unused identifier after 1000 attempts");
}
