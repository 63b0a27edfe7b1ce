import { fileURLToPath } from 'node:url';
import { createSlackAdapter } from '../src/adapters/slack/index.js';
import { loadFolder } from '../src/articles/folder.js';
import { FakeSlack } from '../test/fakes/slack/index.js';
import { slackDeps } from '../test/helpers/slack.js';
import { slashLoad } from '../test/helpers/slack-load.js';

const AMOUNT = Number(process.env.BENCH_AMOUNT ?? 1000);
const CONNECTIONS = 50;
const SECRET = 'bench-signing-secret';

/**
 * Slack HTTP mode under load: 1,000 signed /briefing requests, 50 at a time, over loopback to the real
 * Bolt receiver, with a fake Slack taking the response_url answers. Prints throughput and latency and
 * checks that no request was lost or answered twice.
 */
export default async function slackBench(): Promise<void> {
  const slack = await new FakeSlack().start();
  const deps = await slackDeps({
    SLACK_BOT_TOKEN: 'xoxb-bench',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: slack.apiUrl,
    PORT: '0',
    HOST: '127.0.0.1',
  });
  await loadFolder(deps.library, fileURLToPath(new URL('../articles/', import.meta.url)), {
    maxBytes: deps.config.maxArticleBytes,
    logger: deps.logger,
  });
  const names = new Set(deps.catalog.map((c) => c.name));
  // Every command a user would send that exists on this branch, plus a mistake.
  const texts = [
    'help',
    'help who-said',
    'frobnicate',
    ...(names.has('quotes') ? ['quotes', 'quotes Kerry'] : []),
    ...(names.has('who-said') ? ['who said durable solution'] : []),
    ...(names.has('people') ? ['people'] : []),
    ...(names.has('summary') ? ['summary short'] : []),
  ];
  const adapter = createSlackAdapter(deps);
  await adapter.start();
  try {
    const url = `http://127.0.0.1:${adapter.address?.port}/slack/events`;
    const load = await slashLoad({
      url,
      secret: SECRET,
      slack,
      texts,
      amount: AMOUNT,
      connections: CONNECTIONS,
      maxSeconds: 60,
    });
    const { result } = load;
    const seconds = (result.finish.getTime() - result.start.getTime()) / 1000;
    console.log(`commands: ${texts.join(' | ')}`);
    console.log(
      `requests: ${load.responded}/${AMOUNT} answered over HTTP, ${CONNECTIONS} concurrent, ${result.errors} errors, ${result.non2xx} non-2xx`,
    );
    console.log(`throughput: ${(load.responded / seconds).toFixed(0)} requests/s (${seconds.toFixed(2)} s)`);
    console.log(
      `latency: p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
    );
    console.log(`lost: ${load.lost.length}, answered twice: ${load.doubled.length}`);
  } finally {
    await adapter.stop();
    await slack.stop();
  }
}
