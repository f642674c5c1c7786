import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../../lib/site/data';
import { feedEntries } from '../../../lib/site/feed';
import { eventTitle } from '../../../lib/site/events';
import { SUBJECT } from '../../../shared/subject';
import { SITE_NAME } from '../../../lib/site/title';

/** One feed per state: its dated statements and the events about it, newest first. */
export const getStaticPaths = (async () => {
  const { states } = await siteData();
  return states.map((state) => ({ params: { id: state.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const data = await siteData();
  const state = data.stateById.get(params.id!)!;
  return rss({
    title: `${state.name} — ${SITE_NAME}`,
    description: `Dated statements by ${state.name} on ${SUBJECT.name} and events concerning it, newest first.`,
    site: new URL(import.meta.env.BASE_URL, site ?? 'http://localhost:4321'),
    // Browsers show the feed as a page through this stylesheet instead of raw XML.
    stylesheet: `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}feed.xsl`,
    // Absolute links: the feed package would otherwise add a slash after a #fragment.
    items: feedEntries(data.positions, data.events, import.meta.env.BASE_URL, {
      subject: state.id,
      title: (e) => eventTitle(e, data.stateById, data.claims),
    }).map(({ date: _date, ...e }) => ({
      ...e,
      link: new URL(e.link, site ?? 'http://localhost:4321').href,
    })),
  });
};
