/**
 * Abbreviations that end with a full stop but do not end a sentence when a name or number follows
 * ("Det. Sgt. Flores", "No. 2", "St. Louis"). Lower-case, without the stop.
 */
export const NON_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set(
  `mr mrs ms mx dr prof rev fr sr st mt ft det sgt insp supt const capt cpt col gen lt maj cmdr adm cpl pte
  sen rep gov pres atty hon rt no nos vs v approx est dept univ assn bros corp inc ltd co jan feb mar apr
  jun jul aug sep sept oct nov dec gen. fig figs vol ch pp p`
    .split(/\s+/)
    .filter(Boolean),
);
