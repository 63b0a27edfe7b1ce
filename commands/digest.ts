import { defineCommand, type Requester } from '../src/command/types.js';
import { listReply, subscribedReply } from '../src/digest/replies.js';
import { ScheduleError } from '../src/digest/schedule.js';
import { TimezoneError } from '../src/digest/timezone.js';
import type { Destination } from '../src/digest/types.js';
import { errorReply, type Reply } from '../src/reply/model.js';

/** Digests go to where they were asked for: the requester's platform and channel. */
function destinationOf(requester: Requester): Destination | undefined {
  if (requester.platform === 'terminal') return { platform: 'terminal', channelId: 'terminal' };
  if ((requester.platform === 'discord' || requester.platform === 'slack') && requester.channelId)
    return { platform: requester.platform, channelId: requester.channelId };
  return undefined;
}

export default defineCommand({
  name: 'digest',
  description: 'Scheduled news digests for this channel',
  managesChannel: true,
  options: [],
  subcommands: [
    {
      name: 'subscribe',
      description: 'Post a digest of new articles here on a schedule',
      options: [
        {
          name: 'schedule',
          description:
            'When: "daily 08:00", "weekdays 7:30", "every 2 hours", "mondays 9:00" or cron; end with "silent" to skip empty digests',
          type: 'string',
          required: true,
          maxLength: 100,
        },
        {
          name: 'timezone',
          description: 'IANA time zone such as Europe/London (default from the configuration)',
          type: 'string',
          autocomplete: 'timezone',
          maxLength: 64,
        },
      ],
    },
    { name: 'unsubscribe', description: "Stop this channel's digest", options: [] },
    {
      name: 'list',
      description: "This channel's digest: schedule, next runs, recent scheduled posts",
      options: [],
      readOnly: true,
    },
    {
      name: 'preview',
      description: 'Show the digest this channel would get now, without posting it',
      options: [],
      readOnly: true,
    },
    // `now` is not read-only: it posts to the channel and moves the digest on (the next one skips it).
    { name: 'now', description: 'Post a digest of what is new here now', options: [] },
  ],
  examples: [
    '/digest subscribe schedule:"weekdays 7:30" timezone:Europe/London',
    '/digest list',
    '/digest preview',
  ],
  mayBeSlow: ({ subcommand }) => subcommand === 'preview' || subcommand === 'now',
  async run({ subcommand, options, requester, services }): Promise<Reply> {
    const digests = services.digests;
    if (!digests)
      return errorReply(
        'Digests are not available right now.',
        'The digest store could not be opened; see the logs.',
      );
    const destination = destinationOf(requester);
    if (!destination)
      return errorReply(
        'Digests need a chat channel to post to.',
        'Use /digest in a Discord or Slack channel, or the terminal.',
      );
    try {
      switch (subcommand) {
        case 'subscribe':
          return subscribedReply(
            digests.subscribe(
              destination,
              String(options.schedule ?? ''),
              options.timezone as string | undefined,
            ),
          );
        case 'unsubscribe':
          return digests.unsubscribe(destination)
            ? {
                title: 'Digest stopped',
                tone: 'success',
                blocks: [{ type: 'text', text: 'No more digests here.' }],
              }
            : errorReply('This channel has no digest to stop.', 'See /digest list.');
        case 'list': {
          const everywhere = destination.platform === 'terminal';
          return listReply(digests.list(everywhere ? undefined : destination), everywhere);
        }
        case 'preview': {
          const { reply } = await digests.preview(destination);
          return {
            ...reply,
            title: 'Digest preview',
            ephemeral: true,
            blocks: [...reply.blocks, { type: 'context', text: 'A preview: nothing is recorded as sent.' }],
          };
        }
        default: // 'now' (validateOptions admits only the subcommands above)
          return (await digests.now(destination)).reply;
      }
    } catch (error) {
      if (error instanceof ScheduleError || error instanceof TimezoneError)
        return errorReply(
          error.message,
          'Example: /digest subscribe schedule:"daily 08:00" timezone:Europe/London',
        );
      throw error;
    }
  },
});
