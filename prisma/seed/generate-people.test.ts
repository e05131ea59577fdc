import { describe, expect, it } from "vitest";
import { generatePeople } from "./generate-people";
import { createSeedWindow, DAY_MS } from "./seed-window";

const now = new Date("2026-06-15T12:00:00Z");
const window = createSeedWindow(now);
const people = generatePeople(500, window);
const events = people.flatMap((person) => person.events);
const count = (name: string): number => events.filter((event) => event.name === name).length;
const share = (predicate: (person: (typeof people)[number]) => boolean): number => people.filter(predicate).length / people.length;

describe("generatePeople", () => {
  it("gives the same people for the same seed and window", () => {
    expect(generatePeople(50, window)).toEqual(people.slice(0, 50));
  });

  it("gives another crowd for another seed", () => {
    expect(generatePeople(5, window, 7).map((person) => person.traits.email)).not.toEqual(people.slice(0, 5).map((person) => person.traits.email));
  });

  it("hands out every email and phone number once, in canonical form", () => {
    const emails = people.map((person) => person.identities.find((identity) => identity.kind === "email")?.value);
    const phones = people.flatMap((person) => person.identities.filter((identity) => identity.kind === "phone").map((identity) => identity.value));
    expect(new Set(emails).size).toBe(people.length);
    expect(new Set(phones).size).toBe(phones.length);
    for (const email of emails) expect(email).toMatch(/^[a-z0-9.]+@(example\.(com|org|net)|mail\.test)$/);
    for (const phone of phones) expect(phone).toMatch(/^\+[1-9]\d{9,13}$/);
  });

  it("reaches about 70 % by phone and 60 % by anonymous id", () => {
    expect(share((person) => person.identities.some((identity) => identity.kind === "phone"))).toBeCloseTo(0.7, 1);
    expect(share((person) => person.identities.some((identity) => identity.kind === "anonymousId"))).toBeCloseTo(0.6, 1);
  });

  it("keeps consent realistic: email mostly subscribed, SMS a minority, some channels never asked", () => {
    const consents = people.flatMap((person) => person.consents);
    const of = (channel: string, status: string): number => consents.filter((consent) => consent.channel === channel && consent.status === status).length;
    expect(of("email", "subscribed")).toBeGreaterThan(of("email", "unsubscribed") * 4);
    expect(of("sms", "subscribed")).toBeLessThan(people.length * 0.4);
    expect(share((person) => !person.consents.some((consent) => consent.channel === "email"))).toBeGreaterThan(0.05);
  });

  it("averages 20 to 40 events a person, oldest first, all inside the window", () => {
    expect(events.length / people.length).toBeGreaterThanOrEqual(20);
    expect(events.length / people.length).toBeLessThanOrEqual(40);
    for (const person of people) {
      const times = person.events.map((event) => event.timestamp.getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(Math.min(...times)).toBeGreaterThanOrEqual(window.start.getTime());
      expect(Math.max(...times)).toBeLessThanOrEqual(now.getTime());
      expect(person.firstSeenAt.getTime()).toBe(times[0]);
    }
  });

  it("narrows like a shop funnel: views, carts, checkouts, orders", () => {
    expect(count("Product Viewed")).toBeGreaterThan(count("Added to Cart"));
    expect(count("Added to Cart")).toBeGreaterThan(count("Checkout Started"));
    expect(count("Checkout Started")).toBeGreaterThan(count("Order Completed"));
    expect(count("Cart Abandoned")).toBeGreaterThan(0);
    expect(count("Signed Up")).toBe(people.length);
  });

  it("has more activity in the last month than in the first", () => {
    const inDays = (from: number, to: number): number => events.filter((event) => event.timestamp.getTime() >= now.getTime() - to * DAY_MS && event.timestamp.getTime() < now.getTime() - from * DAY_MS).length;
    expect(inDays(0, 30)).toBeGreaterThan(inDays(90, 120) * 2);
  });

  it("dates every trait: who they are at signup, the order summary at the last order", () => {
    for (const person of people) {
      expect(Object.keys(person.traitTimestamps).sort()).toEqual([...Object.keys(person.traits), "$locale", "$timezone"].sort());
      const signup = String(person.traits.signup_at);
      expect(person.traitTimestamps.email).toBe(signup);
      expect(person.traitTimestamps.orders_count).toBe(person.traits.last_order_at ?? signup);
    }
  });

  it("copies order totals into traits, and lapsed buyers last ordered over 60 days ago", () => {
    for (const person of people) {
      const orders = person.events.filter((event) => event.name === "Order Completed");
      expect(person.traits.orders_count).toBe(orders.length);
      expect(person.traits.last_order_at).toBe(orders.at(-1)?.timestamp.toISOString());
      if (person.persona === "lapsed") expect(Date.parse(String(person.traits.last_order_at))).toBeLessThan(now.getTime() - 60 * DAY_MS);
    }
    expect(people.some((person) => person.persona === "lapsed")).toBe(true);
  });
});
