/**
 * Verbs that introduce or tag reported speech in English news and fiction, in every inflection we match.
 * A generic list: reporting verbs from style guides and grammar references, not from any article.
 */
const BASES = [
  'say',
  'tell',
  'add',
  'ask',
  'answer',
  'reply',
  'respond',
  'explain',
  'note',
  'warn',
  'write',
  'insist',
  'argue',
  'claim',
  'state',
  'declare',
  'announce',
  'admit',
  'address',
  'acknowledge',
  'concede',
  'confirm',
  'deny',
  'recall',
  'remember',
  'continue',
  'conclude',
  'observe',
  'assure',
  'remark',
  'comment',
  'suggest',
  'predict',
  'promise',
  'vow',
  'pledge',
  'urge',
  'cry',
  'shout',
  'scream',
  'yell',
  'whisper',
  'murmur',
  'mutter',
  'exclaim',
  'call',
  'describe',
  'tweet',
  'post',
  'joke',
  'quip',
  'laugh',
  'sigh',
  'plead',
  'beg',
  'demand',
  'repeat',
  'report',
  'testify',
  'tell',
  'caution',
  'complain',
  'protest',
  'boast',
  'assert',
  'maintain',
  'emphasise',
  'emphasize',
  'stress',
  'point',
  'mention',
  'reason',
  'counter',
  'retort',
  'interrupt',
  'begin',
  'conclude',
  'agree',
  'disagree',
  'inquire',
  'enquire',
  'question',
  'wonder',
  'cry',
  'rejoin',
  'return',
  'resume',
  'persist',
  'reflect',
  'recount',
  'brief',
  'accuse',
  'dismiss',
  'praise',
  'criticise',
  'criticize',
  'label',
  'brand',
  'dub',
  'term',
];

const IRREGULAR: Record<string, string[]> = {
  say: ['said', 'says', 'saying'],
  tell: ['told', 'tells', 'telling'],
  write: ['wrote', 'writes', 'writing', 'written'],
  begin: ['began', 'begins', 'begun'],
  cry: ['cried', 'cries'],
  reply: ['replied', 'replies'],
  testify: ['testified', 'testifies'],
  quip: ['quipped', 'quips'],
  plead: ['pleaded', 'pled', 'pleads'],
  beg: ['begged', 'begs'],
};

function inflect(base: string): string[] {
  const irregular = IRREGULAR[base];
  if (irregular) return [base, ...irregular];
  if (/[^aeiou]y$/.test(base)) {
    const stem = base.slice(0, -1);
    return [base, `${stem}ied`, `${stem}ies`, `${base}ing`];
  }
  // admit -> admitted, quip -> quipped: a stressed final consonant doubles.
  if (/^(admit|commit|submit|regret|chat|jot)$/.test(base)) {
    const last = base.slice(-1);
    return [base, `${base}${last}ed`, `${base}s`, `${base}${last}ing`];
  }
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  const third = /(s|sh|ch|x|z)$/.test(base) ? `${base}es` : `${base}s`;
  return [base, `${stem}ed`, third, `${stem}ing`];
}

/** Every inflected form, lower-case. */
// '"Is this," thought Elizabeth, "meant for me?"': fiction tags a thought as it tags speech (past tense only:
// "economists think the rate ..." is opinion, not a tag).
export const SPEECH_VERBS: ReadonlySet<string> = new Set([...BASES.flatMap(inflect), 'thought']);

/** Verbs that report speech only with a quote object ("called the plan 'a disaster'"), never as a tag. */
export const FRAMING_VERBS: ReadonlySet<string> = new Set(
  [
    'call',
    'describe',
    'label',
    'brand',
    'dub',
    'term',
    'accuse',
    'dismiss',
    'praise',
    'criticise',
    'criticize',
  ].flatMap(inflect),
);

/** Nouns that mark a written or spoken statement: "in a statement", "in a post". */
export const STATEMENT_NOUNS: ReadonlySet<string> = new Set([
  'statement',
  'release',
  'post',
  'tweet',
  'letter',
  'email',
  'interview',
  'speech',
  'message',
  'filing',
]);
