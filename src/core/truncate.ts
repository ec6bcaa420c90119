/**
 * The one way text is shortened for a platform limit. Limits count UTF-16 units (the most
 * conservative count), and the cut falls between grapheme clusters, so neither a surrogate
 * pair nor an emoji sequence (👨‍👩‍👧, flags, skin tones, accents) is split.
 */
export const ELLIPSIS = '…';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** Lone surrogates (which no platform can encode) become U+FFFD, the replacement character. */
export function wellFormed(text: string): string {
  // Native since Node 20, and a cheap scan where a /\p{Surrogate}/gu replace cost a regular expression run on every text of every reply.
  return text.toWellFormed();
}

/**
 * Below U+0300 (where combining marks begin) and above the C0 controls (where CR LF lives), no
 * character joins its neighbour: Unicode breaks graphemes between any two of them.
 */
const breaksAround = (code: number) => code >= 0x20 && code < 0x300;
/** How far back from the limit to look for such a certain break, to spare the segmenter the text before it. */
const CERTAIN_BREAK_REACH = 64;

/** The longest run of whole grapheme clusters from the start that fits in `room` UTF-16 units. */
export function graphemePrefix(text: string, room: number): string {
  if (text.length <= room) return text;
  // The segmenter costs microseconds per grapheme. A break between two such characters is
  // certain, and what follows a certain break segments the same on its own, so the segmenter
  // only walks from the last certain break before the limit (often the limit itself).
  let from = 0;
  for (let cut = room; cut > 0 && cut > room - CERTAIN_BREAK_REACH; cut--) {
    if (breaksAround(text.charCodeAt(cut - 1)) && breaksAround(text.charCodeAt(cut))) {
      if (cut === room) return text.slice(0, room);
      from = cut;
      break;
    }
  }
  let end = from;
  // It sees the part that can be kept and one code point more: whether a break falls at a position
  // depends only on the code points before it and the one at it (a ZWJ joins the emoji after it).
  for (const { index, segment } of graphemes.segment(text.slice(from, room + 2))) {
    if (from + index + segment.length > room) break;
    end = from + index + segment.length;
  }
  return text.slice(0, end);
}

/** How much of a user's unrecognised word a reply repeats back ("no fact with the id ..."). */
const ECHO_MAX = 80;

/** A user's word repeated in a reply: enough to recognise it, never the whole of a 40,000-character paste. */
export function echoed(text: string): string {
  return truncateText(text, ECHO_MAX);
}

/** At most `max` UTF-16 units, well-formed, ending in an ellipsis when anything was cut. */
export function truncateText(text: string, max: number, ellipsis = ELLIPSIS): string {
  const valid = wellFormed(text);
  if (valid.length <= max) return valid;
  return `${graphemePrefix(valid, Math.max(0, max - ellipsis.length)).trimEnd()}${ellipsis}`;
}
