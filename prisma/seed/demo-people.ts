import type { TRandom } from "./random";

/** Where demo customers live: a UK-first shop with some European, Irish, US and Australian buyers. */
export interface TDemoCountry {
  code: string;
  weight: number;
  locale: string;
  names: "en" | "de" | "fr" | "nl" | "es";
  cities: readonly (readonly [city: string, timezone: string])[];
  /** A plausible mobile number in E.164. */
  phone(random: TRandom): string;
}

const digits = (random: TRandom, count: number): string => {
  let out = "";
  for (let i = 0; i < count; i++) out += String(random.int(0, 9));
  return out;
};

export const DEMO_COUNTRIES: readonly TDemoCountry[] = [
  {
    code: "GB", weight: 55, locale: "en-GB", names: "en",
    cities: [["London", "Europe/London"], ["Manchester", "Europe/London"], ["Bristol", "Europe/London"], ["Leeds", "Europe/London"], ["Edinburgh", "Europe/London"], ["Glasgow", "Europe/London"], ["Birmingham", "Europe/London"], ["Brighton", "Europe/London"], ["Cardiff", "Europe/London"], ["Belfast", "Europe/London"]],
    phone: (r) => `+447${r.pick(["4", "5", "7", "8", "9"])}${digits(r, 8)}`,
  },
  {
    code: "IE", weight: 8, locale: "en-IE", names: "en",
    cities: [["Dublin", "Europe/Dublin"], ["Cork", "Europe/Dublin"], ["Galway", "Europe/Dublin"]],
    phone: (r) => `+3538${r.pick(["3", "5", "6", "7", "9"])}${digits(r, 7)}`,
  },
  {
    code: "US", weight: 12, locale: "en-US", names: "en",
    cities: [["New York", "America/New_York"], ["Boston", "America/New_York"], ["Chicago", "America/Chicago"], ["Austin", "America/Chicago"], ["Denver", "America/Denver"], ["Seattle", "America/Los_Angeles"], ["San Francisco", "America/Los_Angeles"]],
    phone: (r) => `+1${r.int(2, 9)}${digits(r, 2)}${r.int(2, 9)}${digits(r, 6)}`,
  },
  {
    code: "DE", weight: 9, locale: "de-DE", names: "de",
    cities: [["Berlin", "Europe/Berlin"], ["Hamburg", "Europe/Berlin"], ["Munich", "Europe/Berlin"], ["Cologne", "Europe/Berlin"]],
    phone: (r) => `+491${r.pick(["51", "52", "57", "60", "62", "70", "71", "76"])}${digits(r, 8)}`,
  },
  {
    code: "FR", weight: 6, locale: "fr-FR", names: "fr",
    cities: [["Paris", "Europe/Paris"], ["Lyon", "Europe/Paris"], ["Bordeaux", "Europe/Paris"]],
    phone: (r) => `+33${r.pick(["6", "7"])}${digits(r, 8)}`,
  },
  {
    code: "NL", weight: 4, locale: "nl-NL", names: "nl",
    cities: [["Amsterdam", "Europe/Amsterdam"], ["Rotterdam", "Europe/Amsterdam"], ["Utrecht", "Europe/Amsterdam"]],
    phone: (r) => `+316${digits(r, 8)}`,
  },
  {
    code: "ES", weight: 3, locale: "es-ES", names: "es",
    cities: [["Madrid", "Europe/Madrid"], ["Barcelona", "Europe/Madrid"], ["Valencia", "Europe/Madrid"]],
    phone: (r) => `+346${digits(r, 8)}`,
  },
  {
    code: "AU", weight: 3, locale: "en-AU", names: "en",
    cities: [["Sydney", "Australia/Sydney"], ["Melbourne", "Australia/Melbourne"], ["Brisbane", "Australia/Brisbane"]],
    phone: (r) => `+614${digits(r, 8)}`,
  },
];

/** First and last names per language, common enough to look real and varied enough to tell apart. */
export const DEMO_NAMES: Record<TDemoCountry["names"], { first: readonly string[]; last: readonly string[] }> = {
  en: {
    first: ["Olivia", "Amelia", "Isla", "Ava", "Mia", "Grace", "Freya", "Lily", "Sophie", "Ella", "Chloe", "Hannah", "Emily", "Ruby", "Zara", "Priya", "Aisha", "Niamh", "Oliver", "George", "Harry", "Noah", "Jack", "Leo", "Oscar", "Charlie", "James", "Thomas", "Samuel", "Daniel", "Arjun", "Omar", "Liam", "Ethan", "Lucas", "Callum"],
    last: ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Khan", "Murphy", "Kelly", "O'Brien", "Hughes", "Edwards", "Lewis", "Harris", "Martin", "Cooper", "Ward"],
  },
  de: {
    first: ["Mia", "Emma", "Hannah", "Lena", "Lea", "Anna", "Leonie", "Marie", "Ben", "Paul", "Jonas", "Finn", "Leon", "Felix", "Lukas", "Elias"],
    last: ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Koch", "Richter"],
  },
  fr: {
    first: ["Louise", "Alice", "Chloé", "Léa", "Manon", "Camille", "Inès", "Jules", "Hugo", "Louis", "Gabriel", "Arthur", "Raphaël", "Théo"],
    last: ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Laurent", "Lefebvre"],
  },
  nl: {
    first: ["Emma", "Julia", "Sophie", "Tess", "Sara", "Fleur", "Daan", "Sem", "Lucas", "Levi", "Finn", "Milan"],
    last: ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Visser", "Smit", "Meijer", "de Boer"],
  },
  es: {
    first: ["Lucía", "Sofía", "Martina", "María", "Paula", "Julia", "Hugo", "Martín", "Pablo", "Mateo", "Daniel", "Alejandro"],
    last: ["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Martín"],
  },
};

/** Reserved example domains (RFC 2606) so no demo address can ever reach a real inbox. */
export const DEMO_EMAIL_DOMAINS: readonly (readonly [string, number])[] = [
  ["example.com", 6],
  ["example.org", 2],
  ["example.net", 2],
  ["mail.test", 1],
];
