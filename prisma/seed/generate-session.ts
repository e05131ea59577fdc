import { DEMO_CURRENCY, DEMO_PAGES, DEMO_PRODUCTS, type TDemoProduct } from "./demo-catalog";
import type { TRandom } from "./random";
import type { TSeedChannel, TSeedEvent } from "./seed-event";
import { HOUR_MS, MINUTE_MS } from "./seed-window";

export interface TSessionOptions {
  random: TRandom;
  start: Date;
  channel: TSeedChannel;
  /** how far this visit goes down the funnel */
  outcome: "browse" | "cart" | "checkout" | "order";
}

const PRODUCT_WEIGHTS = DEMO_PRODUCTS.map((product) => [product, product.weight] as const);
const PAGE_WEIGHTS = DEMO_PAGES.map((page, i) => [page, i === 0 ? 6 : 1] as const);

const money = (value: number): number => Math.round(value * 100) / 100;

const productProps = (product: TDemoProduct) => ({
  product_id: product.id,
  product: product.name,
  category: product.category,
  price: product.price,
  currency: DEMO_CURRENCY,
});

/**
 * One visit to the shop: a landing page or app open, a few product views and, depending on
 * `outcome`, a cart, a checkout and an order. A cart that is not bought is followed an hour
 * later by the server-side "Cart Abandoned" event that the cart recovery journey listens for.
 */
export function generateSession({ random, start, channel, outcome }: TSessionOptions): TSeedEvent[] {
  let at = start.getTime();
  const events: TSeedEvent[] = [];
  const context = channel.kind === "app"
    ? { channel: "app", app: { name: "Demo Shop", version: random.pick(["3.4.1", "3.5.0", "3.5.2"]) }, device: { type: channel.platform, id: channel.deviceId } }
    : { channel: "web" };
  const push = (type: TSeedEvent["type"], name: string, properties: TSeedEvent["properties"]): void => {
    events.push({ type, name, properties, context, timestamp: new Date(at) });
    at += random.int(20, 240) * 1000;
  };

  if (channel.kind === "app") push("track", "App Opened", { from_background: random.chance(0.4) });
  else {
    const [name, path] = random.weighted(PAGE_WEIGHTS);
    push("page", name, { path, url: `https://shop.example.com${path}`, referrer: random.pick(["", "https://www.google.com/", "https://www.instagram.com/"]) });
  }

  const viewed = Array.from({ length: random.int(1, 4) }, () => random.weighted(PRODUCT_WEIGHTS));
  for (const product of viewed) push("track", "Product Viewed", productProps(product));
  if (outcome === "browse") return events;

  const cartId = `cart_${random.hex(10)}`;
  const basket = pickBasket(random, viewed);
  for (const product of basket) push("track", "Added to Cart", { ...productProps(product), quantity: 1, cart_id: cartId });
  const value = money(basket.reduce((sum, product) => sum + product.price, 0));
  if (outcome !== "cart") push("track", "Checkout Started", { cart_id: cartId, value, currency: DEMO_CURRENCY, item_count: basket.length });

  const [first] = basket;
  if (!first) return events;
  if (outcome === "order") {
    const discount = random.chance(0.2) ? 0.1 : 0;
    push("track", "Order Completed", {
      ...productProps(first),
      order_id: `WM-${random.hex(8).toUpperCase()}`,
      revenue: money(value * (1 - discount)),
      discount: money(value * discount),
      item_count: basket.length,
      products: basket.map((product) => ({ product_id: product.id, product: product.name, price: product.price, quantity: 1 })),
    });
    return events;
  }
  at += HOUR_MS + random.int(0, 30) * MINUTE_MS;
  events.push({ type: "track", name: "Cart Abandoned", properties: { ...productProps(first), cart_id: cartId, cart_url: `https://shop.example.com/cart/${cartId}`, value, item_count: basket.length }, context: { channel: "server" }, timestamp: new Date(at) });
  return events;
}

function pickBasket(random: TRandom, viewed: readonly TDemoProduct[]): TDemoProduct[] {
  const unique = [...new Map(viewed.map((product) => [product.id, product])).values()];
  return unique.slice(0, random.chance(0.75) ? 1 : Math.min(unique.length, 2));
}

