import type { FollowUp } from '../../core';

/**
 * What each kind of follow-up is called on screen, in the view, blocks and
 * modals: words, never the slug. The CLI's KIND column, the JSON rows and
 * the query language (`kind is first-follow-up`) keep the slugs.
 */
const FOLLOW_UP_KIND_LABELS: Record<FollowUp['kind'], string> = {
  promise: 'Your promise',
  nudge: 'Nudge',
  thanks: 'Say thank you',
  'first-follow-up': 'Follow up after meeting',
  reconnect: 'Reconnect',
  birthday: 'Birthday',
};

export function followUpKindLabel(kind: FollowUp['kind']): string {
  return FOLLOW_UP_KIND_LABELS[kind];
}
