import { readFile, writeFile } from 'node:fs/promises';
import { PassThrough } from 'node:stream';
import { createTerminalAdapter } from '../src/adapters/terminal/index.js';
import { createDeps } from '../src/app.js';
import { loadFolder } from '../src/articles/folder.js';
import { systemClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { silentLogger } from '../src/logger.js';

/**
 * Regenerates the README's tour with real output: `npx tsx scripts/readme-tour.ts [--write]`.
 * Each line below is typed into the real terminal adapter over the bundled articles; lines whose
 * command does not exist in this build are left out.
 */
const TOUR = [
  '/articles',
  '/people article:us-weighs',
  '/quotes',
  '/who-said durable solution',
  '/summary length:short',
  '/people article:zebra',
];

async function answer(line: string): Promise<string> {
  const config = loadConfig({ ARTICLES_DIR: 'articles', LOG_LEVEL: 'silent', DIGEST_SCHEDULE: '' });
  const deps = await createDeps(config, silentLogger, systemClock);
  await loadFolder(deps.library, config.articlesDir, {
    maxBytes: config.maxArticleBytes,
    logger: silentLogger,
  });
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.setEncoding('utf8').on('data', (d: string) => {
    text += d;
  });
  await new Promise<void>((resolve) => {
    const adapter = createTerminalAdapter(deps, {
      input,
      output,
      interactive: false,
      color: false,
      onInputEnd: resolve,
    });
    void adapter.start().then(() => input.end(`${line}\n`));
  });
  return text.trimEnd();
}

const blocks: string[] = [];
for (const line of TOUR) {
  const out = await answer(line);
  if (out.includes('There is no command')) continue;
  blocks.push(`\`\`\`text\nbriefing> ${line}\n${out}\n\`\`\``);
}
const tour = blocks.join('\n\n');
if (process.argv.includes('--write')) {
  const readme = await readFile('README.md', 'utf8');
  const updated = readme.replace(
    /<!-- tour:start -->[\s\S]*<!-- tour:end -->/,
    `<!-- tour:start -->\n${tour}\n<!-- tour:end -->`,
  );
  await writeFile('README.md', updated);
  process.stderr.write('README.md tour updated\n');
} else {
  process.stdout.write(`${tour}\n`);
}
