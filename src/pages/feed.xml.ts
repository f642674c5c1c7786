import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { siteData } from '../lib/site/data';
import { feedEntries } from '../lib/site/feed';
import { eventTitle } from '../lib/site/events';
import { SUBJECT } from '../shared/subject';
import { SITE_NAME } from '../lib/site/title';

/** The whole site's feed: dated statements and events, newest first. */
export const GET: APIRoute = async ({ site }) => {
  const data = await siteData();
  return rss({
    title: `${SITE_NAME}: statements and events`,
    description: `Dated statements on ${SUBJECT.name}’s recognition and events (recognitions, withdrawals, votes, agreements), newest first, each linking to its page in the Atlas.`,
    site: new URL(import.meta.env.BASE_URL, site ?? 'http://localhost:4321'),
    // Browsers show the feed as a page through this stylesheet instead of raw XML.
    stylesheet: `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}feed.xsl`,
    // Absolute links: the feed package would otherwise add a slash after a #fragment.
    items: feedEntries(data.positions, data.events, import.meta.env.BASE_URL, {
      title: (e) => eventTitle(e, data.stateById, data.claims),
    }).map(({ date: _date, ...e }) => ({
      ...e,
      link: new URL(e.link, site ?? 'http://localhost:4321').href,
    })),
  });
};
