/**
 * The model's feature slots: what each feature template is and which characters its weights land on. A feature is
 * a *group* (a string or a small combination of values, hashed) and a *slot* (the template reading it). Grouping
 * by the string lets one table look-up serve every template that reads it: the character 科 is looked up once,
 * and its weights as the character before, at, and after a position come back together.
 */

/** Slots of the per-character groups whose weights land on the character itself. */
export const SMALL_KINDS = 7;
/**
 * Per-character groups of few values (surname roles, transliteration run, government frame, POS context, the
 * role in a typed entity-lexicon match).
 */
export const HOT_KINDS = 5;

/** Slot numbers (< 64: an entry keeps its slot in 6 bits). */
export const SLOT = {
  /** First of the SMALL_KINDS, then the HOT_KINDS, each landing on its own character. */
  small: 0,
  hot: SMALL_KINDS,
  /** Character group at a: as the character before (lands on a+1), at (a), after (a−1), at with word role r. */
  charBefore: 12,
  charAt: 13,
  charAfter: 14,
  charWithRole: 15, // + role − 1, roles 1…4
  /** Bigram group (a, a+1): as characters −2−1 (lands on a+2), −1 0 (a+1), 0 +1 (a), +1 +2 (a−1). */
  bigramBefore: 19,
  bigramEnding: 20,
  bigramStarting: 21,
  bigramAfter: 22,
  /** Trigram (a−1, a, a+1) and skip-bigram (a−1, a+1) groups, on a. */
  trigram: 23,
  skip: 24,
  /** Word group of token u: as its own word (lands on u's characters of role r), the word before u+1's, after u−1's. */
  word: 25, // + role − 1
  wordBefore: 29, // + role − 1
  wordAfter: 33, // + role − 1
} as const;

/** Number of slots. */
export const SLOT_COUNT = 37;

/** Features per character: every character has exactly this many (group, slot) pairs. */
export const FEATURES_PER_CHAR = SMALL_KINDS + HOT_KINDS + 4 + 4 + 2 + 3;

/**
 * Where the weights of a positional group's slot land, relative to the group's anchor, and the word role the
 * character there must have (0: any). Word slots are not positional (see WORD_SLOT_TOKEN).
 *
 * @example
 * SLOT_SHIFT[SLOT.charBefore] // 1: the character at a is "the character before" a+1
 */
export const SLOT_SHIFT = new Int8Array(SLOT_COUNT);
export const SLOT_ROLE = new Uint8Array(SLOT_COUNT);
/** For word slots: the token the weights land on relative to the group's token (0 own, +1 next, −1 previous). */
export const WORD_SLOT_TOKEN = new Int8Array(SLOT_COUNT);

SLOT_SHIFT[SLOT.charBefore] = 1;
SLOT_SHIFT[SLOT.charAfter] = -1;
SLOT_SHIFT[SLOT.bigramBefore] = 2;
SLOT_SHIFT[SLOT.bigramEnding] = 1;
SLOT_SHIFT[SLOT.bigramAfter] = -1;
for (let role = 1; role <= 4; role++) {
  SLOT_ROLE[SLOT.charWithRole + role - 1] = role;
  SLOT_ROLE[SLOT.word + role - 1] = role;
  SLOT_ROLE[SLOT.wordBefore + role - 1] = role;
  SLOT_ROLE[SLOT.wordAfter + role - 1] = role;
  WORD_SLOT_TOKEN[SLOT.wordBefore + role - 1] = 1;
  WORD_SLOT_TOKEN[SLOT.wordAfter + role - 1] = -1;
}

/** Word roles of a character: 1 B, 2 M, 3 E, 4 S. */
export const ROLE = { begin: 1, middle: 2, end: 3, single: 4 } as const;
