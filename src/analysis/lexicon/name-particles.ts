/**
 * Lower-case words inside a family name ("Ursula von der Leyen", "María de la Cruz", "Khalid bin Saeed
 * Al-Harthy", "Gerard ter Borch"). They belong to the name word that follows them. Words that are also
 * common English ("do", "ten", "y") are left out. Irish ones are capitalised ("Ciarán Ó Dálaigh", "Ní Bhriain").
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(
  `bin bint binti ibn ben bat abu al el van von der den de del della degli dei la le les da di dos das du
  des ter zu af av Ó Ní Nic Uí Ua Mhic El De Da Del Della Dos Van Von Bin Ibn Abu`
    .split(/\s+/)
    .filter(Boolean),
);

/** Arabic article or kinship word joined to a capitalised name by a hyphen: "al-Assad", "el-Sisi". */
export const HYPHENED_PARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|an|abu|bin|ibn)[-‐]\p{Lu}/u;

/** "von", "de", "bin": a lower-case name particle. */
export function isNameParticle(word: string): boolean {
  return NAME_PARTICLES.has(word);
}

/** "von der Leyen" -> "Leyen", "al-Assad" -> "Assad": a family name without its particles. */
export function withoutParticles(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => !NAME_PARTICLES.has(w))
    .join(' ')
    .replace(/^(?:al|el|ad|ar|as|ash|at|az|an)[-‐](?=\p{Lu})/u, '');
}
