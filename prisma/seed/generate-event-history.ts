import { DEMO_CAMPAIGNS } from "./demo-catalog";
import { generateSession, type TSessionOptions } from "./generate-session";
import { toLocalDaytime } from "./local-time";
import type { TRandom } from "./random";
import type { TOrderSummary, TSeedChannel, TSeedEvent } from "./seed-event";
import { DAY_MS, HOUR_MS, MINUTE_MS, type TSeedWindow } from "./seed-window";

/** How a demo customer behaves, which decides how many visits and orders they have. */
export type TPersona = "browser" | "buyer" | "loyal" | "lapsed";

export interface THistoryOptions {
  random: TRandom;
  window: TSeedWindow;
  persona: TPersona;
  signupAt: Date;
  /** visits stop here: `window.end` for active people, long ago for lapsed buyers */
  activeUntil: Date;
  channel: TSeedChannel;
  /** IANA zone the person lives in: visits and opens happen in their daytime */
  timezone: string;
  /** browsed anonymously on the web before signing up */
  browsedBeforeSignup: boolean;
  /** opens marketing email (subscribed to email) */
  opensEmail: boolean;
}

export interface TEventHistory {
  events: TSeedEvent[];
  summary: TOrderSummary;
}

const VISITS: Record<TPersona, readonly [number, number]> = { browser: [3, 7], buyer: [5, 10], loyal: [10, 18], lapsed: [4, 8] };
const ORDERS: Record<TPersona, readonly [number, number]> = { browser: [0, 0], buyer: [1, 3], loyal: [3, 7], lapsed: [1, 2] };
const OPENS: Record<TPersona, readonly [number, number]> = { browser: [0, 4], buyer: [1, 6], loyal: [3, 10], lapsed: [0, 5] };

/**
 * A person's whole history, oldest first: sign-up, visits shaped like a shop funnel (many views,
 * fewer carts, fewer orders) with more visits in recent weeks, and email opens. Nothing falls
 * outside the window or after its end.
 */
export function generateEventHistory(options: THistoryOptions): TEventHistory {
  const { random, window, persona, signupAt, channel } = options;
  const from = signupAt.getTime() + 10 * MINUTE_MS;
  const localise = (instant: number): number => Math.max(from, toLocalDaytime(random, instant, options.timezone, window.end));
  const events: TSeedEvent[] = [...browseBeforeSignup(options)];
  events.push(signUp(random, channel, signupAt));

  const span = Math.max(0, options.activeUntil.getTime() - from);
  // Someone who signed up last week has had less time to come back than a three-month regular.
  const activeShare = Math.min(1, Math.max(0.3, span / DAY_MS / 45));
  const visitCount = Math.max(1, Math.round(random.int(...VISITS[persona]) * activeShare));
  const orderCount = Math.min(visitCount, random.int(...ORDERS[persona]));
  // Skew towards the end of the active span: a growing shop sees more of its people lately.
  const starts = Array.from({ length: visitCount }, () => localise(from + span * Math.pow(random.next(), 0.6))).sort((a, b) => a - b);
  const orderVisits = pickDistinct(random, visitCount, orderCount);
  starts.forEach((start, i) => {
    const outcome: TSessionOptions["outcome"] = orderVisits.has(i) ? "order" : random.weighted([["browse", 60], ["cart", 25], ["checkout", 15]]);
    const visitChannel = channel.kind === "app" && random.chance(0.35) ? { kind: "web" as const } : channel;
    events.push(...generateSession({ random, start: new Date(start), channel: visitChannel, outcome }));
  });

  if (options.opensEmail) {
    for (let i = random.int(...OPENS[persona]); i > 0; i--) {
      const at = localise(from + (window.end.getTime() - from) * random.next());
      events.push({ type: "track", name: "Email Opened", properties: { campaign: random.pick(DEMO_CAMPAIGNS), channel: "email" }, context: { channel: "server", integration: "email" }, timestamp: new Date(at) });
    }
  }

  const inWindow = events
    .filter((event) => event.timestamp >= window.start && event.timestamp <= window.end)
    .sort((a, b) => a.timestamp.getTime() - b.timestamp.getTime());
  return { events: inWindow, summary: summariseOrders(inWindow) };
}

function signUp(random: TRandom, channel: TSeedChannel, at: Date): TSeedEvent {
  const method = random.weighted([["email", 6], ["google", 3], ["apple", channel.kind === "app" ? 3 : 0.5]]);
  const source = random.weighted([["organic", 5], ["instagram", 2], ["google_ads", 2], ["referral", 1]]);
  return { type: "track", name: "Signed Up", properties: { method, source }, context: { channel: channel.kind }, timestamp: at };
}

function browseBeforeSignup({ random, window, signupAt, browsedBeforeSignup }: THistoryOptions): TSeedEvent[] {
  if (!browsedBeforeSignup) return [];
  const first = signupAt.getTime() - random.int(1, 72) * HOUR_MS;
  if (first < window.start.getTime()) return [];
  return [
    { type: "page", name: "Home", properties: { path: "/", url: "https://shop.example.com/", referrer: "https://www.google.com/" }, context: { channel: "web" }, timestamp: new Date(first) },
    { type: "page", name: "New In", properties: { path: "/new", url: "https://shop.example.com/new", referrer: "https://shop.example.com/" }, context: { channel: "web" }, timestamp: new Date(first + random.int(1, 5) * MINUTE_MS) },
  ];
}

function pickDistinct(random: TRandom, size: number, count: number): Set<number> {
  const picked = new Set<number>();
  while (picked.size < Math.min(size, count)) picked.add(random.int(0, size - 1));
  return picked;
}

function summariseOrders(events: readonly TSeedEvent[]): TOrderSummary {
  const orders = events.filter((event) => event.name === "Order Completed");
  const revenue = orders.reduce((sum, order) => sum + (typeof order.properties.revenue === "number" ? order.properties.revenue : 0), 0);
  return {
    ordersCount: orders.length,
    lifetimeValue: Math.round(revenue * 100) / 100,
    firstOrderAt: orders[0]?.timestamp ?? null,
    lastOrderAt: orders[orders.length - 1]?.timestamp ?? null,
  };
}

