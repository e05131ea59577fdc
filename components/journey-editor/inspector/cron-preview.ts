import { Cron } from "croner";
import { isValidCron, isValidTimeZone } from "@/lib/journey/nodes/trigger/schedule-rules";

/*
 * A schedule trigger stores a raw 5-field cron. Marketers read it back through a sentence
 * ("At 09:00 on Monday–Friday") and the next few run times in the trigger's time zone.
 */

const DAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const DAY_TOKENS = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];
const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const MONTH_TOKENS = MONTH_NAMES.map((m) => m.slice(0, 3).toUpperCase());

const isNumber = (token: string) => /^\d+$/.test(token);
const pad = (n: string) => n.padStart(2, "0");

function joinWords(words: string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

/** "1-5" → "Monday–Friday", "MON,THU" → "Monday and Thursday"; `undefined` for steps it cannot say. */
function nameList(field: string, name: (token: string) => string | undefined): string | undefined {
  const words: string[] = [];
  for (const part of field.split(",")) {
    if (part.includes("/")) return undefined;
    const [from = "", to] = part.split("-");
    const a = name(from);
    const b = to === undefined ? undefined : name(to);
    if (a === undefined || (to !== undefined && b === undefined)) return undefined;
    words.push(b === undefined ? a : `${a}–${b}`);
  }
  return joinWords(words);
}

function dayName(token: string): string | undefined {
  const index = isNumber(token) ? Number(token) : DAY_TOKENS.indexOf(token.toUpperCase());
  return DAY_NAMES[index];
}

function monthName(token: string): string | undefined {
  const index = isNumber(token) ? Number(token) - 1 : MONTH_TOKENS.indexOf(token.toUpperCase());
  return MONTH_NAMES[index];
}

function describeTime(minute: string, hour: string): { text: string; subDaily: boolean } {
  if (isNumber(minute) && hour.split(",").every(isNumber)) {
    return { text: `At ${joinWords(hour.split(",").map((h) => `${pad(h)}:${pad(minute)}`))}`, subDaily: false };
  }
  if (hour === "*") {
    if (minute === "*") return { text: "Every minute", subDaily: true };
    const step = /^\*\/(\d+)$/.exec(minute)?.[1];
    if (step) return { text: `Every ${step} minutes`, subDaily: true };
    if (isNumber(minute)) return { text: `Every hour at :${pad(minute)}`, subDaily: true };
  }
  const everyHours = /^\*\/(\d+)$/.exec(hour)?.[1];
  if (everyHours && isNumber(minute)) return { text: `Every ${everyHours} hours at :${pad(minute)}`, subDaily: true };
  return { text: `At minute ${minute} of hour ${hour}`, subDaily: true };
}

function describeDays(dayOfMonth: string, dayOfWeek: string): string | undefined {
  const weekdays = dayOfWeek === "*" ? "" : nameList(dayOfWeek, dayName);
  const monthDays = dayOfMonth === "*" ? "" : nameList(dayOfMonth, (t) => (isNumber(t) ? t : undefined));
  if (weekdays === undefined || monthDays === undefined) return undefined;
  if (!weekdays && !monthDays) return "every day";
  if (!monthDays) return `on ${weekdays}`;
  const ofMonth = `on day ${monthDays} of the month`;
  // Standard cron: when both are restricted, either one matching is enough.
  return weekdays ? `${ofMonth} or on ${weekdays}` : ofMonth;
}

/** A cron expression as a sentence, or `undefined` when it is not a valid 5-field cron. */
export function describeCron(expression: string): string | undefined {
  if (!isValidCron(expression)) return undefined;
  const [minute = "*", hour = "*", dayOfMonth = "*", month = "*", dayOfWeek = "*"] = expression.trim().split(/\s+/);
  const time = describeTime(minute, hour);
  const days = describeDays(dayOfMonth, dayOfWeek);
  const months = month === "*" ? "" : nameList(month, monthName);
  const dayText = days === undefined ? `on days matching "${dayOfMonth} ${dayOfWeek}"` : days === "every day" && time.subDaily ? "" : days;
  const monthText = months === undefined ? ` in months "${month}"` : months ? ` in ${months}` : "";
  return `${time.text}${dayText ? ` ${dayText}` : ""}${monthText}`;
}

export type TCronPreview = { ok: true; description: string; nextRuns: string[] } | { ok: false; message: string };

/** The sentence and the next `count` runs after `from`, shown in `timeZone`; or why there are none. */
export function previewCron(expression: string, timeZone: string, from: Date = new Date(), count = 3): TCronPreview {
  const description = describeCron(expression);
  if (description === undefined) return { ok: false, message: "Not a valid schedule. Use five fields: minute hour day-of-month month day-of-week, e.g. 0 9 * * 1." };
  if (!isValidTimeZone(timeZone)) return { ok: false, message: `"${timeZone}" is not a known time zone.` };
  const format = new Intl.DateTimeFormat("en-GB", { timeZone, weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  const runs = new Cron(expression.trim(), { timezone: timeZone, paused: true }).nextRuns(count, from);
  return { ok: true, description, nextRuns: runs.map((d) => format.format(d)) };
}
