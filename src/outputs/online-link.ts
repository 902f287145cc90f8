import type { Entry } from '../data/load-archive.ts';

/** Links that say where to join an event online, in the order they are preferred. */
const JOIN_KINDS = ['livestream', 'registration', 'website'] as const;

/** Where an online event is joined: its livestream, else its registration page or website. */
export function onlineLink(event: Entry<'events'>): string | undefined {
  return JOIN_KINDS.map((kind) => event.data.links.find((link) => link.kind === kind)?.url).find(
    Boolean,
  );
}
