import type { Block, Field, Reply } from '../reply/model.js';
import type { SubscriptionView } from './service.js';
import { formatInZone } from './timezone.js';
import { formatDestination, type LedgerEntry } from './types.js';

/** Replies for /digest management (the digest itself is composed in compose.ts). */

function ledgerLine(e: LedgerEntry, timeZone: string): string {
  const when = formatInZone(e.slot, timeZone);
  if (e.status === 'done')
    return e.reason ? `${when}: ${e.reason}` : `${when}: posted, ${e.articles ?? 0} article(s)`;
  if (e.status === 'failed') return `${when}: failed (${e.reason ?? 'unknown reason'})`;
  return `${when}: posting…`;
}

export function subscriptionFields(view: SubscriptionView): Field[] {
  const { subscription: s, schedule, next } = view;
  return [
    { name: 'Schedule', value: schedule.description, inline: true },
    { name: 'Time zone', value: s.timezone, inline: true },
    { name: 'When nothing is new', value: s.silentWhenEmpty ? 'stay silent' : 'say so', inline: true },
    { name: 'Next', value: next.map((d) => formatInZone(d, s.timezone)).join('\n') },
  ];
}

export function subscribedReply(view: SubscriptionView & { replaced: boolean }): Reply {
  return {
    title: view.replaced ? 'Digest schedule changed' : 'Digest scheduled',
    tone: 'success',
    blocks: [
      { type: 'text', text: `A news digest will be posted here ${view.schedule.description}.` },
      { type: 'fields', fields: subscriptionFields(view) },
      { type: 'context', text: 'See it now with /digest preview; stop it with /digest unsubscribe.' },
    ],
  };
}

export function listReply(views: readonly SubscriptionView[], everywhere: boolean): Reply {
  if (!views.length)
    return {
      title: 'Digests',
      blocks: [
        { type: 'text', text: everywhere ? 'No digests are scheduled.' : 'This channel has no digest.' },
        { type: 'context', text: 'Start one with /digest subscribe schedule:"daily 08:00"' },
      ],
      ephemeral: true,
    };
  const blocks: Block[] = [];
  for (const view of views) {
    const s = view.subscription;
    if (everywhere) blocks.push({ type: 'heading', text: formatDestination(s) });
    blocks.push({ type: 'fields', fields: subscriptionFields(view) });
    if (view.recent.length)
      blocks.push({ type: 'list', items: view.recent.map((e) => ledgerLine(e, s.timezone)) });
    if (s.origin === 'config')
      blocks.push({ type: 'context', text: 'Set by DIGEST_SCHEDULE in the configuration.' });
  }
  return { title: everywhere ? 'Digests' : "This channel's digest", blocks, ephemeral: true };
}
