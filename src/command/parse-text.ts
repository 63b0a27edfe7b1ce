import { findCommand } from './registry.js';
import { optionDefs } from './run.js';
import type { Command, OptionDef } from './types.js';

/**
 * Parses commands typed as text (terminal, Slack mentions and /briefing) into an invocation:
 *   /who-said durable solution          who said durable solution
 *   who-said phrase:"durable solution"  quotes speaker:Kerry article=us-weighs
 *   summary short bullets               digest subscribe daily 08:00 Europe/London
 * Option names are optional where the value is unambiguous: a word that is one of an option's choices
 * (or matches its pattern) goes to that option, and the remaining words fill the free-text option.
 * An unquoted free-text value runs on over the following bare words: `phrase:durable solution`.
 * formatCommandText (format-text.ts) writes invocations back in a form this reads the same way.
 */

export interface ParsedText {
  command: Command;
  subcommand?: string;
  options: Record<string, string>;
}

export type ParseResult = { ok: true; value: ParsedText } | { ok: false; message: string };

/** Picks which free-text option bare words belong to when several could take them (e.g. article vs speaker). */
export type FreeTextChooser = (
  words: string,
  candidates: readonly OptionDef[],
  command: Command,
) => OptionDef | undefined;

interface Token {
  raw: string;
  /** Set when the token is written name:value, name=value or --name value. */
  name?: string;
  value: string;
  /** The value was written in quotes, so it is complete as written. */
  quoted: boolean;
}

interface Word {
  text: string;
  quoted: boolean;
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
      quoted = true;
      continue;
    }
    if (/\s/.test(ch)) {
      if (current || quoted) words.push({ text: current, quoted });
      current = '';
      quoted = false;
      continue;
    }
    current += ch;
  }
  if (current || quoted) words.push({ text: current, quoted });
  return words;
}

function tokenize(words: readonly Word[], defs: readonly OptionDef[]): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < words.length; i++) {
    const { text: word, quoted } = words[i] ?? { text: '', quoted: false };
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
    tokens.push({ raw: word, value: word, quoted });
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
function continueValues(tokens: readonly Token[], defs: readonly OptionDef[]): Token[] {
  const filled = new Set(tokens.flatMap((t) => (t.name ? [t.name] : [])));
  const out: Token[] = [];
  let open: Token | undefined;
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
    } else {
      open.value = open.value ? `${open.value} ${token.value}` : token.value;
    }
  }
  return out;
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
  for (const token of continueValues(tokenize(rest, defs), defs)) {
    if (token.name) options[token.name] = token.value;
    else bare.push(token.value);
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
