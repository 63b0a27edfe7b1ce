/** Layout constants of the terminal renderer, in one place. */
export const TERMINAL_LIMITS = {
  /** Width used when the output is not a terminal: no wrapping (scripts get whole lines). */
  unwrappedWidth: Number.POSITIVE_INFINITY,
  /** Never wrap narrower than this, even in a tiny window. */
  minWidth: 40,
  /** Longest divider line. */
  dividerWidth: 40,
} as const;
