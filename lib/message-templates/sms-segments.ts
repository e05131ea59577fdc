import { SegmentedMessage } from "sms-segments-calculator";

export type TSmsEncoding = "GSM-7" | "UCS-2";

/** How a text travels as SMS: what the carrier bills and why. */
export interface TSmsSegments {
  encoding: TSmsEncoding;
  /** characters as a person counts them: graphemes, so 👍🏽 is one */
  characters: number;
  /** what the segment limits count: GSM-7 septets (€ and [ ] take two) or UCS-2 code units (an emoji takes two) */
  units: number;
  /** segments billed; 0 for an empty text */
  segments: number;
  /** units per segment at this length: 160 / 70 for one segment, 153 / 67 each once concatenated */
  perSegment: number;
  /** distinct characters that force UCS-2 (swap them to halve the cost), in order of appearance */
  nonGsmCharacters: string[];
}

/** Bits per unit and per-segment capacity, single and concatenated (the 6-byte header takes the rest). */
const CAPACITY: Record<TSmsEncoding, { bits: number; single: number; multi: number }> = {
  "GSM-7": { bits: 7, single: 160, multi: 153 },
  "UCS-2": { bits: 16, single: 70, multi: 67 },
};

/**
 * Encoding, length and segment count of an SMS body, by Twilio's calculator (GSM-7 basic and
 * extension tables, UCS-2 surrogate pairs). Pure, so the editor counts as the marketer types.
 */
export function countSmsSegments(text: string): TSmsSegments {
  const message = new SegmentedMessage(text, "auto");
  const encoding: TSmsEncoding = message.encodingName === "UCS-2" ? "UCS-2" : "GSM-7";
  const capacity = CAPACITY[encoding];
  const units = Math.round(message.messageSize / capacity.bits);
  const segments = text === "" ? 0 : message.segmentsCount;
  return {
    encoding,
    characters: message.graphemes.length,
    units,
    segments,
    perSegment: segments > 1 ? capacity.multi : capacity.single,
    nonGsmCharacters: [...new Set(message.getNonGsmCharacters())],
  };
}
