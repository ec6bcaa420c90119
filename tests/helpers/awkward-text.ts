/** Graphemes of one, two and many code points: a surrogate pair, a flag, a skin tone, a ZWJ family, a keycap, an accent, an RTL override. */
export const AWKWARD_GRAPHEMES: readonly string[] = ['😀', '🇳🇱', '👍🏽', '👨‍👩‍👧‍👦', '1️⃣', 'é', '\u202E'];
