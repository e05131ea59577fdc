/**
 * The import file format as people read it on the import page: the columns with what they do,
 * and an example file. Pure data, shared by the page and the tests (the example must import
 * cleanly).
 */
export const IMPORT_COLUMN_GUIDE: readonly { columns: string; meaning: string }[] = [
  { columns: "email, phone, user_id (userId), anonymous_id (anonymousId), device_id (deviceId)", meaning: "Identifiers: each row needs at least one. A row whose identifiers belong to two existing profiles merges them, as an identify call would. Emails are lower-cased; phones without a country code are read in the workspace's region." },
  { columns: "email_consent, sms_consent, push_consent, in_app_consent, … (or consent.email, consent.sms, …)", meaning: "Consent per channel: subscribed / unsubscribed (also yes / no, true / false, 1 / 0). Empty leaves consent as it is." },
  { columns: "timezone, locale", meaning: "IANA time zone (Europe/Paris) and locale (en-GB): used by waits and quiet hours." },
  { columns: "any other column", meaning: "A trait. Dotted names nest (address.city → address: { city }). Numbers (42, -3.5) and true / false are stored typed, everything else as text — 007 and 16-digit ids stay text. Empty cells leave the trait as it is." },
];

/** The example file offered for download on the import page. */
export const EXAMPLE_IMPORT_CSV = [
  "email,phone,user_id,first_name,plan,orders,vip,address.city,email_consent,sms_consent,timezone",
  "ada@example.com,+44 7911 123456,u_1001,Ada,pro,12,true,London,subscribed,yes,Europe/London",
  "grace@example.com,,u_1002,Grace,free,3,false,New York,subscribed,,America/New_York",
  ",+1 415 555 0134,,Alan,,0,,,,no,",
].join("\n") + "\n";
