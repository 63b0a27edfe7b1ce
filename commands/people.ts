import type { Person } from '../src/analysis/types.js';
import { articleOption, resolveArticle } from '../src/command/article-option.js';
import { defineCommand } from '../src/command/types.js';
import type { Block } from '../src/reply/model.js';

/** "John Kerry, US Secretary of State: 7 mentions (also Kerry, the Secretary of State)" */
export function describePerson(person: Person): string {
  const count = person.mentions.length;
  const others = person.aliases.filter((a) => a !== person.name);
  return [
    person.name,
    person.role ? `, ${person.role}` : '',
    `: ${count} mention${count === 1 ? '' : 's'}`,
    others.length ? ` (also ${others.join(', ')})` : '',
  ].join('');
}

export default defineCommand({
  name: 'people',
  description: 'Who an article names, with their roles and how often each is mentioned',
  options: [articleOption],
  examples: ['/people', '/people article:us-weighs'],
  run(ctx) {
    const found = resolveArticle(ctx);
    if (!found.ok) return found.reply;
    const { article, analysis } = found.entry;
    const people = [...analysis.people].sort(
      (a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name),
    );
    const blocks: Block[] = people.length
      ? [{ type: 'list', items: people.map(describePerson) }]
      : [{ type: 'text', text: 'No people are named in this article.' }];
    return {
      title: `People in "${article.title}"`,
      url: article.url,
      blocks,
      footer: `${article.id} · ${people.length} ${people.length === 1 ? 'person' : 'people'}`,
    };
  },
});
