/** A product in the demo shop. Prices are in pounds, the shop's currency. */
export interface TDemoProduct {
  id: string;
  name: string;
  category: string;
  price: number;
  /** relative popularity: how often it is viewed and bought */
  weight: number;
}

export const DEMO_CURRENCY = "GBP";

/** The demo shop's catalogue: outdoor clothing and kit, a few best-sellers and a long tail. */
export const DEMO_PRODUCTS: readonly TDemoProduct[] = [
  { id: "sku-1001", name: "Trail Runner 2 Shoes", category: "Footwear", price: 89, weight: 9 },
  { id: "sku-1002", name: "Everyday Canvas Sneakers", category: "Footwear", price: 55, weight: 7 },
  { id: "sku-1003", name: "Waterproof Hiking Boots", category: "Footwear", price: 135, weight: 4 },
  { id: "sku-2001", name: "Packable Rain Jacket", category: "Outerwear", price: 79, weight: 8 },
  { id: "sku-2002", name: "Recycled Down Puffer", category: "Outerwear", price: 149, weight: 5 },
  { id: "sku-2003", name: "Fleece Half-Zip", category: "Outerwear", price: 49, weight: 6 },
  { id: "sku-3001", name: "Merino Crew Socks (3 pack)", category: "Accessories", price: 18, weight: 8 },
  { id: "sku-3002", name: "Ribbed Beanie", category: "Accessories", price: 22, weight: 5 },
  { id: "sku-3003", name: "Insulated Water Bottle", category: "Accessories", price: 25, weight: 7 },
  { id: "sku-3004", name: "Touchscreen Gloves", category: "Accessories", price: 24, weight: 3 },
  { id: "sku-4001", name: "Daypack 22L", category: "Bags", price: 65, weight: 6 },
  { id: "sku-4002", name: "Weekender Duffel 40L", category: "Bags", price: 95, weight: 3 },
  { id: "sku-4003", name: "Roll-Top Commuter Backpack", category: "Bags", price: 85, weight: 4 },
  { id: "sku-5001", name: "Organic Cotton Tee", category: "Clothing", price: 28, weight: 8 },
  { id: "sku-5002", name: "Stretch Hiking Trousers", category: "Clothing", price: 69, weight: 5 },
  { id: "sku-5003", name: "Base Layer Long Sleeve", category: "Clothing", price: 39, weight: 4 },
  { id: "sku-6001", name: "Two-Person Tent", category: "Camping", price: 249, weight: 2 },
  { id: "sku-6002", name: "Three-Season Sleeping Bag", category: "Camping", price: 119, weight: 2 },
  { id: "sku-6003", name: "Camp Stove Kit", category: "Camping", price: 59, weight: 2 },
];

/** Email campaigns people open; the journeys' own messages are not sent by the seed. */
export const DEMO_CAMPAIGNS: readonly string[] = [
  "Weekly edit",
  "New in: autumn layers",
  "Members' early access",
  "Trail running guide",
  "Weekend sale — 20% off bags",
  "Back in stock",
];

/** Web pages visited outside the product funnel, with their paths. */
export const DEMO_PAGES: readonly (readonly [name: string, path: string])[] = [
  ["Home", "/"],
  ["New In", "/new"],
  ["Sale", "/sale"],
  ["Stories", "/stories"],
  ["Help Centre", "/help"],
  ["Delivery & Returns", "/help/delivery"],
];
