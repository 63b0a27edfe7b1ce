import { availableParallelism, loadavg } from 'node:os';
import { FakeSlack } from '../test/fakes/slack/index.js';
import { slashLoad } from '../test/helpers/slack-load.js';
import { cleanEnv, finished, startTsx } from '../test/helpers/spawn.js';
import { processTreeCpuSeconds } from './process-cpu.js';

const AMOUNT = Number(process.env.BENCH_AMOUNT ?? 1000);
const CONNECTIONS = 50;
const SECRET = 'bench-signing-secret';
/** What users send: the real commands on the bundled articles, plus a mistake. */
const WANTED = [
  'help',
  'help who-said',
  'articles',
  'people',
  'quotes',
  'quotes Kerry',
  'who said durable solution',
  'summary short',
  'frobnicate',
];

/** Start `npm start` (src/main.ts) in HTTP mode on a free loopback port; resolves with the port. */
function startBot(apiUrl: string) {
  const child = startTsx(
    ['src/main.ts'],
    cleanEnv({
      SLACK_BOT_TOKEN: 'xoxb-bench',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: apiUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
    }),
  );
  const exited = finished(child);
  const port = new Promise<number>((resolve, reject) => {
    let seen = '';
    child.stderr.on('data', (chunk: string) => {
      seen += chunk;
      const match = /"port":(\d+)[^\n]*listening \(HTTP mode\)/.exec(seen);
      if (match) resolve(Number(match[1]));
    });
    void exited.then((r) => reject(new Error(`the bot exited (${r.code}): ${r.stderr.slice(-500)}`)));
  });
  return { child, exited, port };
}

/**
 * Slack HTTP mode under load: the bot runs as its own process (as `npm start` does) and gets 1,000 signed
 * /briefing requests, 50 at a time, over loopback; a fake Slack takes the response_url answers. Prints
 * throughput and latency, and how many requests were lost or answered twice.
 */
export default async function slackBench(): Promise<void> {
  const slack = await new FakeSlack().start();
  const bot = startBot(slack.apiUrl);
  try {
    const port = await bot.port;
    const url = `http://127.0.0.1:${port}/slack/events`;
    const texts = WANTED;
    const pid = bot.child.pid ?? 0;
    const cpuBefore = processTreeCpuSeconds(pid);
    const load = await slashLoad({
      url,
      secret: SECRET,
      slack,
      texts,
      amount: AMOUNT,
      connections: CONNECTIONS,
      maxSeconds: 60,
    });
    const cpuAfter = processTreeCpuSeconds(pid);
    const { result } = load;
    const seconds = (result.finish.getTime() - result.start.getTime()) / 1000;
    console.log(`commands, in turn: ${texts.map((t) => `/briefing ${t}`).join(' | ')}`);
    console.log(
      `requests: ${load.responded}/${AMOUNT} got an HTTP answer, ${CONNECTIONS} concurrent, ${result.errors} errors, ${result.non2xx} non-2xx`,
    );
    console.log(`throughput: ${(load.responded / seconds).toFixed(0)} requests/s (${seconds.toFixed(2)} s)`);
    console.log(
      `latency: p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
    );
    if (cpuBefore !== undefined && cpuAfter !== undefined)
      console.log(
        `bot CPU: ${(((cpuAfter - cpuBefore) * 1000) / load.responded).toFixed(2)} ms per request (${(cpuAfter - cpuBefore).toFixed(2)} s in all; load average ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores)`,
      );
    console.log(`answered through response_url: ${slack.responses.length}`);
    console.log(`lost: ${load.lost.length}, answered twice: ${load.doubled.length}`);
  } finally {
    bot.child.kill('SIGTERM');
    await bot.exited;
    await slack.stop();
  }
}
