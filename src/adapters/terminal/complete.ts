import type { Library } from '../../articles/library.js';
import { complete } from '../../command/autocomplete.js';
import { findCommand } from '../../command/registry.js';
import { optionDefs } from '../../command/run.js';
import type { Command } from '../../command/types.js';

/**
 * Tab completion for the terminal (readline's completer shape): command names first, then a
 * command's subcommands, option names ("article:") and choice values, article ids after "article:", and
 * the library's speakers, phrases and time zones for the options that suggest them.
 */
export function completeLine(
  line: string,
  catalog: readonly Command[],
  library: Library,
): [string[], string] {
  const words = line.trimStart().split(/\s+/);
  const current = words.at(-1) ?? '';
  if (words.length <= 1) {
    const slash = current.startsWith('/') ? '/' : '';
    const names = catalog.map((c) => `${slash}${c.name}`);
    return [names.filter((n) => n.startsWith(current)), current];
  }
  const command = findCommand(catalog, words[0] ?? '');
  if (!command) return [[], current];
  if (command.subcommands?.length && words.length === 2) {
    return [command.subcommands.map((s) => s.name).filter((n) => n.startsWith(current)), current];
  }
  const subcommand = command.subcommands?.length ? words[1] : undefined;
  const defs = optionDefs(command, subcommand).filter((d) => !d.hidden);
  const named = /^([a-z][\w-]*)[:=](.*)$/i.exec(current);
  if (named) {
    const [, name = '', partial = ''] = named;
    const def = defs.find((d) => d.name === name.toLowerCase());
    if (def?.autocomplete === 'article') {
      const ids = partial
        ? library.rank(partial).map((r) => r.entry.article.id)
        : library.list().map((e) => e.article.id);
      const prefix = current.slice(0, current.length - partial.length);
      return [ids.map((id) => `${prefix}${id}`), current];
    }
    const prefix = current.slice(0, current.length - partial.length);
    if (def?.autocomplete) {
      // Speakers, phrases, time zones and commands come from the same suggestions Discord and Slack get;
      // a value with a space is quoted, as the parser reads it.
      const article = /(?:^|\s)article[:=](\S+)/i.exec(line)?.[1];
      const suggestions = complete(
        def.autocomplete,
        partial.replace(/^"/, ''),
        library,
        article ? { article } : {},
      );
      return [suggestions.map((c) => `${prefix}${/\s/.test(c.value) ? `"${c.value}"` : c.value}`), current];
    }
    const values = def?.choices?.map((c) => `${prefix}${c.value}`) ?? [];
    return [values.filter((v) => v.startsWith(current)), current];
  }
  const candidates = [
    ...defs.map((d) => `${d.name}:`),
    ...defs.flatMap((d) => d.choices?.map((c) => String(c.value)) ?? []),
  ];
  return [candidates.filter((c) => c.startsWith(current.toLowerCase())), current];
}
