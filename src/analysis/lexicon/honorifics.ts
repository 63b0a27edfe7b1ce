import type { Gender } from '../types.js';

/** Courtesy titles that stay part of a name ("Mrs Whitcombe", "Dr. Rao"), with the gender they imply. */
export const HONORIFICS: ReadonlyMap<string, Gender> = new Map([
  ['mr', 'male'],
  ['mrs', 'female'],
  ['ms', 'female'],
  ['miss', 'female'],
  ['mx', 'unknown'],
  ['dr', 'unknown'],
  ['prof', 'unknown'],
  ['professor', 'unknown'],
  ['sir', 'male'],
  ['dame', 'female'],
  ['lady', 'female'],
  ['lord', 'male'],
  ['madam', 'female'],
  ['madame', 'female'],
  ['mme', 'female'],
  ['monsieur', 'male'],
  ['rev', 'unknown'],
  ['reverend', 'unknown'],
  ['fr', 'male'],
  ['father', 'male'],
  ['sister', 'female'],
  ['brother', 'male'],
]);

/**
 * Titles of office and rank that precede a name ("Det. Sgt. Renata Flores", "Gov. Vance", "Cllr Ormerod").
 * These are roles, not part of the canonical name.
 */
export const NAME_TITLES: ReadonlySet<string> = new Set([
  'cllr', 'councillor', 'councilor', 'det', 'detective', 'sgt', 'sergeant', 'insp', 'inspector', 'supt',
  'superintendent', 'const', 'constable', 'officer', 'capt', 'captain', 'col', 'colonel', 'gen', 'general',
  'lt', 'lieutenant', 'maj', 'major', 'cmdr', 'commander', 'adm', 'admiral', 'cpl', 'corporal', 'pte',
  'private', 'sen', 'senator', 'rep', 'representative', 'gov', 'governor', 'mayor', 'judge', 'justice',
  'president', 'premier', 'chancellor', 'minister', 'secretary', 'ambassador', 'bishop', 'archbishop',
  'cardinal', 'pope', 'rabbi', 'imam', 'pastor', 'coach', 'manager', 'chairman', 'chairwoman', 'chair',
  'director', 'commissioner', 'attorney', 'prosecutor', 'sheriff', 'chief', 'speaker', 'leader', 'mp', 'mep',
  'king', 'queen', 'prince', 'princess', 'duke', 'duchess', 'earl', 'count', 'countess', 'baron', 'baroness',
  'pres', 'atty', 'hon', 'rt', 'gov.', 'spokesman', 'spokeswoman', 'spokesperson', 'president-elect',
]);

/** Gender implied by a role noun ("spokeswoman", "chairman"). */
export const GENDERED_ROLES: ReadonlyMap<string, Gender> = new Map([
  ['spokesman', 'male'],
  ['spokeswoman', 'female'],
  ['chairman', 'male'],
  ['chairwoman', 'female'],
  ['king', 'male'],
  ['queen', 'female'],
  ['prince', 'male'],
  ['princess', 'female'],
  ['duke', 'male'],
  ['duchess', 'female'],
  ['businessman', 'male'],
  ['businesswoman', 'female'],
  ['actor', 'unknown'],
  ['actress', 'female'],
  ['mother', 'female'],
  ['father', 'male'],
  ['wife', 'female'],
  ['husband', 'male'],
  ['widow', 'female'],
  ['widower', 'male'],
  ['son', 'male'],
  ['daughter', 'female'],
  ['grandmother', 'female'],
  ['grandfather', 'male'],
  ['man', 'male'],
  ['woman', 'female'],
  ['boy', 'male'],
  ['girl', 'female'],
]);

/** Lower-case a title token and drop its full stop: "Sgt." -> "sgt". */
export function titleKey(token: string): string {
  return token.toLowerCase().replace(/\.$/, '');
}
