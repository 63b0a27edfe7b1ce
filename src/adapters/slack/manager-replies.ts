import type { Command } from '../../command/types.js';
import type { Reply } from '../../reply/model.js';
import type { ManagerVerdict } from './channel-managers.js';

type Refusal = Extract<ManagerVerdict, { allowed: false }>;

/** "digest subscribe": as typed after /briefing or @Briefing alike. */
function usage(command: Command, subcommand?: string): string {
  return `"${[command.name, subcommand].filter(Boolean).join(' ')}"`;
}

/**
 * The answer when a user may not change what a channel receives: who may, how an admin lets them, and
 * what they can still do. Shown only to them.
 */
export function refusalReply(
  refusal: Refusal,
  userId: string | undefined,
  command: Command,
  subcommand?: string,
): Reply {
  const asked = usage(command, subcommand);
  const allow = userId
    ? `An admin can allow you by adding your member id ${userId} to SLACK_DIGEST_MANAGERS in Briefing's configuration (then restarting Briefing).`
    : "An admin can allow people by adding their member ids to SLACK_DIGEST_MANAGERS in Briefing's configuration.";
  const open = (command.subcommands ?? []).filter((s) => s.readOnly).map((s) => usage(command, s.name));
  const message =
    refusal.because === 'lookup-failed'
      ? `Briefing could not check with Slack whether you may run ${asked}, so nothing was changed. ` +
        'Slack did not answer users.info; the app may lack the users:read scope (reinstall it from the current manifest).'
      : `Only workspace admins and owners, and members listed in SLACK_DIGEST_MANAGERS, may run ${asked}: it changes what this channel receives.`;
  return {
    title: 'Not allowed',
    tone: 'warning',
    ephemeral: true,
    blocks: [
      { type: 'text', text: message },
      ...(open.length ? [{ type: 'text' as const, text: `Anyone may use ${open.join(' and ')}.` }] : []),
      { type: 'context', text: allow },
    ],
  };
}
