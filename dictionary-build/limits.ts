// Tunable numbers of the dictionary build, each with its reason.

/**
 * An example sentence longer than this many characters is cut to the clauses around the term.
 * The tooltip shows it on two or three lines; the seed's longest sentences run past 200
 * characters, which would fill the tooltip with text unrelated to the term.
 */
export const EXAMPLE_MAX_CHARS = 90;

/**
 * Candidate spans show at most this many characters before a title or body suffix. Long enough
 * to show the whole title (市社会矛盾纠纷调处服务中心 is 13), short enough to stay readable.
 */
export const CANDIDATE_CONTEXT_CHARS = 12;

/** Quoted phrases longer than this are quotations, not terms, and are not candidates. */
export const QUOTED_TERM_MAX_CHARS = 16;
