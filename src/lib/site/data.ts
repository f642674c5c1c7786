/**
 * The collections as the pages use them, loaded once per build and indexed by id. Only pages and
 * components import this (it needs astro:content); pure helpers live beside it.
 */
import { getCollection } from 'astro:content';
import type { Organisation } from '../../schemas';
import { assembleSiteData, type SiteData } from './assemble';
import { countViews, type CountView } from './counts';

export type { SiteData } from './assemble';

let cached: Promise<SiteData> | undefined;

async function load(): Promise<SiteData> {
  const data = <T>(entries: { data: T }[]): T[] => entries.map((e) => e.data);
  const [states, positions, organisations, claims, events, figures, sources, documents] =
    await Promise.all([
      getCollection('states').then(data),
      getCollection('positions').then(data),
      getCollection('organisations').then(data),
      getCollection('claims').then(data),
      getCollection('events').then(data),
      getCollection('figures').then(data),
      getCollection('sources').then(data),
      getCollection('documents').then(data),
    ]);
  return assembleSiteData({
    states,
    positions,
    organisations,
    claims,
    events,
    figures,
    sources,
    documents,
  });
}

export function siteData(): Promise<SiteData> {
  cached ??= load();
  return cached;
}

/** Short display name of an organisation: its abbreviation where one is used. */
export function organisationShortName(o: Pick<Organisation, 'abbreviation' | 'name'>): string {
  return o.abbreviation ?? o.name;
}

let views: Promise<CountView[]> | undefined;
/** The counts of recognitions (the article's and each party's), computed once per build. */
export function siteCountViews(): Promise<CountView[]> {
  views ??= siteData().then((d) => countViews(d.states, d.claims, d.figures, d.authority));
  return views;
}
