import { findCommand } from './registry.js';
import { optionDefs, unknownOptionMessage } from './run.js';
import type { Command, OptionDef } from './types.js';

/**
 * Parses commands typed as text (terminal, Slack mentions and /briefing) into an invocation:
 *   /who-said durable solution          who said durable solution
 *   who-said phrase:"durable solution"  quotes speaker:Kerry article=us-weighs
 *   summary short bullets               digest subscribe daily 08:00 Europe/London
 * Option names are optional where the value is unambiguous: a word that is one of an option's choices
 * (or matches its pattern) goes to that option, and the remaining words fill the free-text option.
 * An unquoted free-text value runs on over the following bare words: `phrase:durable solution`, except
 * that an article value stops at an exact article id (or where a required option still needs words), so
 * `quotes article:council-budget Becker` filters by speaker and `who-said article:us-weighs save lives`
 * has a phrase. A bare word that is an article id goes to the article, the rest to the speaker.
 * An unknown `name:value` and an option given twice are errors, not text.
 * formatCommandText (format-text.ts) writes invocations back in a form this reads the same way.
 */

export interface ParsedText {
  command: Command;
  subcommand?: string;
  options: Record<string, string>;
}

export type ParseResult = { ok: true; value: ParsedText } | { ok: false; message: string };

/** Picks which free-text option bare words belong to when several could take them (e.g. article vs speaker). */
export interface FreeTextChooser {
  (words: string, candidates: readonly OptionDef[], command: Command): OptionDef | undefined;
  /** Whether a word is exactly an article id, so it can be told apart from the words around it. */
  isArticleId?: (word: string) => boolean;
}

interface Token {
  raw: string;
  /** Set when the token is written name:value, name=value or --name value. */
  name?: string;
  value: string;
  /** The value was written in quotes, so it is complete as written. */
  quoted: boolean;
  /** Written name:value with a name the command does not have. */
  unknown?: boolean;
}

interface Word {
  text: string;
  quoted: boolean;
  /** Quoted from its first character ("note:this"): text, never an option. */
  literal?: boolean;
}

const QUOTE_PAIRS: Record<string, string> = { '"': '"', "'": "'", '\u201c': '\u201d', '\u2018': '\u2019' };

/** Split on whitespace, keeping quoted stretches ("...", '...', curly) together. */
export function splitWords(text: string): string[] {
  return splitQuoted(text).map((w) => w.text);
}

function splitQuoted(text: string): Word[] {
  const words: Word[] = [];
  let current = '';
  let closing: string | undefined;
  let quoted = false;
  let literal = false;
  for (const ch of text) {
    if (closing) {
      if (ch === closing) closing = undefined;
      else current += ch;
      continue;
    }
    const close = QUOTE_PAIRS[ch];
    // A quote opens only at the start of a word or right after name: / name=.
    if (close && (current === '' || /[:=]$/.test(current))) {
      closing = close;
      literal ||= current === '';
      quoted = true;
      continue;
    }
    if (/\s/.test(ch)) {
      if (current || quoted) words.push({ text: current, quoted, literal });
      current = '';
      quoted = false;
      literal = false;
      continue;
    }
    current += ch;
  }
  if (current || quoted) words.push({ text: current, quoted, literal });
  return words;
}

function tokenize(words: readonly Word[], defs: readonly OptionDef[]): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < words.length; i++) {
    const { text: word, quoted, literal } = words[i] ?? { text: '', quoted: false };
    const dashed = /^--([a-z][\w-]*)(?:=(.*))?$/i.exec(word);
    if (dashed?.[1] && defs.some((d) => d.name === dashed[1]!.toLowerCase())) {
      const name = dashed[1].toLowerCase();
      if (dashed[2] !== undefined) tokens.push({ raw: word, name, value: dashed[2], quoted });
      else {
        const def = defs.find((d) => d.name === name);
        const next = words[i + 1];
        if (def?.type === 'boolean' && (next === undefined || !/^(true|false|yes|no)$/i.test(next.text))) {
          tokens.push({ raw: word, name, value: 'true', quoted: false });
        } else {
          tokens.push({ raw: word, name, value: next?.text ?? '', quoted: next?.quoted ?? false });
          i++;
        }
      }
      continue;
    }
    const named = /^([a-z][\w-]*)[:=](.*)$/is.exec(word);
    if (named?.[1] && defs.some((d) => d.name === named[1]!.toLowerCase())) {
      tokens.push({ raw: word, name: named[1].toLowerCase(), value: named[2] ?? '', quoted });
      continue;
    }
    // name:value with a name the command lacks is a mistyped option, not text (times, URLs and quoted words are).
    const unknown = !literal && named?.[1] && named[2] && !named[2].startsWith('//');
    tokens.push({
      raw: word,
      value: word,
      quoted,
      ...(unknown ? { name: named[1]!.toLowerCase(), unknown } : {}),
    });
  }
  return tokens;
}

/** A time-zone name the runtime knows ("Europe/London", "UTC"), for options that autocomplete time zones. */
function isTimeZone(word: string): boolean {
  if (!/^([A-Za-z_]+(\/[A-Za-z0-9_+-]+)+|UTC|GMT)$/.test(word)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: word });
    return true;
  } catch {
    return false;
  }
}

/** A bare word that can only be this option's value: one of its choices, its pattern, or a time zone. */
function matchesValue(def: OptionDef, word: string): boolean {
  return (
    matchesChoice(def, word) ||
    !!def.pattern?.test(word) ||
    (def.autocomplete === 'timezone' && isTimeZone(word))
  );
}

function matchesChoice(def: OptionDef, word: string): boolean {
  const w = word.toLowerCase();
  return !!def.choices?.some((c) => String(c.value).toLowerCase() === w || c.name.toLowerCase() === w);
}

/**
 * After an unquoted name:value for a free-text option, the bare words that follow continue its value
 * (`phrase:durable solution`, `schedule:daily 08:00`) up to the next named option, except a word that can
 * only be another unfilled option's value (a choice, pattern or time zone), which is left for that option.
 */
function continueValues(
  tokens: readonly Token[],
  defs: readonly OptionDef[],
  isArticleId?: (word: string) => boolean,
): Token[] {
  const filled = new Set(tokens.flatMap((t) => (t.name ? [t.name] : [])));
  const out: Token[] = [];
  let open: Token | undefined;
  // An article value ends where the words must be meant for another free-text option (see the top).
  const articleEnds = (value: string) => {
    const others = defs.filter((d) => isFreeText(d) && !isArticle(d) && !filled.has(d.name));
    return others.some((d) => d.required) || (others.length > 0 && !!isArticleId?.(value));
  };
  for (const token of tokens) {
    if (token.name) {
      const def = defs.find((d) => d.name === token.name);
      const freeText = def?.type === 'string' && !def.choices?.length && !token.quoted;
      open = freeText ? { ...token } : undefined;
      out.push(open ?? token);
      continue;
    }
    if (!open) {
      out.push(token);
      continue;
    }
    const other = defs.find((d) => !d.hidden && !filled.has(d.name) && matchesValue(d, token.value));
    if (other) {
      filled.add(other.name);
      out.push(token);
    } else if (open.value && isArticle(defs.find((d) => d.name === open?.name)) && articleEnds(open.value)) {
      open = undefined;
      out.push(token);
    } else {
      open.value = open.value ? `${open.value} ${token.value}` : token.value;
    }
  }
  return out;
}

/** An option that takes any text (not a choice, number or switch). */
function isFreeText(def: OptionDef): boolean {
  return def.type === 'string' && !def.hidden && !def.choices?.length;
}

function isArticle(def: OptionDef | undefined): boolean {
  return def?.autocomplete === 'article' || def?.name === 'article';
}

/** The command named by the first word(s): "who-said", "/who-said", "who said", "whosaid". */
function takeCommand(
  words: readonly string[],
  catalog: readonly Command[],
): { command: Command; used: number } | undefined {
  const [first, second] = words;
  if (!first) return undefined;
  if (second) {
    const joined = findCommand(catalog, `${first}-${second}`);
    if (joined) return { command: joined, used: 2 };
  }
  const single = findCommand(catalog, first);
  return single ? { command: single, used: 1 } : undefined;
}

export function parseCommandText(
  text: string,
  catalog: readonly Command[],
  chooseFreeText?: FreeTextChooser,
): ParseResult {
  const quotedWords = splitQuoted(text.trim());
  const words = quotedWords.map((w) => w.text);
  if (!words.length) return { ok: false, message: 'Type a command, for example /help.' };
  const found = takeCommand(words, catalog);
  if (!found) {
    const names = catalog.map((c) => c.name).join(', ');
    return {
      ok: false,
      message: `There is no command "${words[0]?.replace(/^\//, '')}". Commands: ${names}.`,
    };
  }
  const { command } = found;
  let rest = quotedWords.slice(found.used);

  let subcommand: string | undefined;
  if (command.subcommands?.length) {
    const name = rest[0]?.text.toLowerCase();
    const sub = command.subcommands.find((s) => s.name === name);
    if (!sub) {
      const names = command.subcommands.map((s) => s.name).join(', ');
      return {
        ok: false,
        message: name
          ? `/${command.name} has no "${name}". Expected one of: ${names}.`
          : `/${command.name} needs one of: ${names}.`,
      };
    }
    subcommand = sub.name;
    rest = rest.slice(1);
  }

  const defs = optionDefs(command, subcommand);
  const options: Record<string, string> = {};
  const bare: string[] = [];
  const tokens = tokenize(rest, defs);
  const unknown = tokens.find((t) => t.unknown);
  if (unknown?.name) return { ok: false, message: unknownOptionMessage(command, unknown.name, defs) };
  for (const token of continueValues(tokens, defs, chooseFreeText?.isArticleId)) {
    if (!token.name) bare.push(token.value);
    else if (options[token.name] === undefined) options[token.name] = token.value;
    else
      return {
        ok: false,
        message: `/${command.name} got the option "${token.name}" twice (${options[token.name]}, ${token.value}); give it once.`,
      };
  }

  // Bare words that name a choice or match a pattern belong to that option.
  const free: string[] = [];
  for (const word of bare) {
    const def = defs.find((d) => options[d.name] === undefined && !d.hidden && matchesValue(d, word));
    if (def) options[def.name] = word;
    else if (
      /^\d+$/.test(word) &&
      defs.some((d) => d.type === 'integer' && !d.hidden && options[d.name] === undefined)
    ) {
      const intDef = defs.find((d) => d.type === 'integer' && !d.hidden && options[d.name] === undefined)!;
      options[intDef.name] = word;
    } else free.push(word);
  }

  // Among several words, one that is exactly an article id is the article; the rest go to the speaker (and
  // the like). Not when a required option takes free text: who-said's phrase keeps every word it was given.
  const open = defs.filter((d) => isFreeText(d) && options[d.name] === undefined);
  const article = open.find(isArticle);
  if (free.length > 1 && article && open.length > 1 && !open.some((d) => d.required)) {
    const id = free.findIndex((w) => chooseFreeText?.isArticleId?.(w));
    if (id >= 0) options[article.name] = free.splice(id, 1)[0] ?? '';
  }

  if (free.length) {
    const joined = free.join(' ');
    const candidates = defs.filter(
      (d) => d.type === 'string' && !d.hidden && !d.choices?.length && options[d.name] === undefined,
    );
    const target =
      candidates.find((d) => d.required) ??
      (candidates.length > 1
        ? (chooseFreeText?.(joined, candidates, command) ?? candidates[0])
        : candidates[0]);
    if (!target) {
      const usable = defs.filter((d) => !d.hidden).map((d) => d.name);
      return {
        ok: false,
        message: usable.length
          ? `/${command.name} did not understand "${joined}". Options: ${usable.join(', ')} (write name:value).`
          : `/${command.name} takes no options (did not understand "${joined}").`,
      };
    }
    options[target.name] = joined;
  }
  return { ok: true, value: { command, subcommand, options } };
}
