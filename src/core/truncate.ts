/**
 * The one way text is shortened for a platform limit. Limits count UTF-16 units (the most
 * conservative count), and the cut falls between grapheme clusters, so neither a surrogate
 * pair nor an emoji sequence (👨‍👩‍👧, flags, skin tones, accents) is split.
 */
export const ELLIPSIS = '…';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** In a /u pattern, a surrogate that is not half of a pair. */
const LONE_SURROGATE = /\p{Surrogate}/gu;

/** Lone surrogates (which no platform can encode) become U+FFFD, the replacement character. */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/** The longest run of whole grapheme clusters from the start that fits in `room` UTF-16 units. */
export function graphemePrefix(text: string, room: number): string {
  if (text.length <= room) return text;
  let end = 0;
  // The segmenter's cost grows with the text it is given, so it sees only the part that can be
  // kept and one code point more: whether a break falls at a position depends only on the code
  // points before it and the one at it (a ZWJ joins the emoji after it, a flag pairs regional indicators).
  for (const { index, segment } of graphemes.segment(text.slice(0, room + 2))) {
    if (index + segment.length > room) break;
    end = index + segment.length;
  }
  return text.slice(0, end);
}

/** At most `max` UTF-16 units, well-formed, ending in an ellipsis when anything was cut. */
export function truncateText(text: string, max: number, ellipsis = ELLIPSIS): string {
  const valid = wellFormed(text);
  if (valid.length <= max) return valid;
  return `${graphemePrefix(valid, Math.max(0, max - ellipsis.length)).trimEnd()}${ellipsis}`;
}
