import type { ChannelStatus } from '../model/scenario.js';

/** English: the default language, and the shape every other language follows. */
export const en = {
  status: {
    open: 'OPEN',
    degraded: 'DEGRADED',
    closed: 'CLOSED',
  } satisfies Record<ChannelStatus, string>,
};
