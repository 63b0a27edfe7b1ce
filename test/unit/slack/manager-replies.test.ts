import { describe, expect, it } from 'vitest';
import { refusalReply } from '../../../src/adapters/slack/manager-replies.js';
import { renderReply } from '../../../src/adapters/slack/render.js';
import { findCommand, loadCommands } from '../../../src/command/registry.js';
import { replyToPlainText } from '../../../src/reply/model.js';

describe('the reply when a user may not change a channel', async () => {
  const digest = findCommand(await loadCommands(), 'digest');
  if (!digest) throw new Error('no digest command');

  it('says who may, how an admin allows this user, and what anyone may do', () => {
    const reply = refusalReply({ allowed: false, because: 'not-admin' }, 'U0ASKER', digest, 'subscribe');
    expect(reply.ephemeral).toBe(true);
    const text = replyToPlainText(reply);
    expect(text).toContain('Only workspace admins and owners');
    expect(text).toContain('"digest subscribe"');
    expect(text).toContain('SLACK_DIGEST_MANAGERS');
    expect(text).toContain('U0ASKER');
    expect(text).toContain('Anyone may use "digest list" and "digest preview"');
  });

  it('says when Slack could not be asked, and points at the users:read scope', () => {
    const reply = refusalReply(
      { allowed: false, because: 'lookup-failed' },
      'U0ASKER',
      digest,
      'unsubscribe',
    );
    const text = replyToPlainText(reply);
    expect(text).toContain('could not check');
    expect(text).toContain('nothing was changed');
    expect(text).toContain('users:read');
    expect(text).toContain('SLACK_DIGEST_MANAGERS');
  });

  it('renders as one Slack message', () => {
    const reply = refusalReply({ allowed: false, because: 'not-admin' }, undefined, digest, 'now');
    expect(renderReply(reply)).toHaveLength(1);
    expect(replyToPlainText(reply)).toContain('adding their member ids');
  });
});
