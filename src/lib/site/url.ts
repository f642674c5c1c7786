/**
 * Site URLs. Every internal link goes through `siteHref`, so the Atlas works at a domain root or
 * under a sub-path (`base` is import.meta.env.BASE_URL, with or without a trailing slash).
 * Page paths always end in a slash (`trailingSlash: 'always'`).
 */
import type { ActorRef, SourceRef } from '../../schemas';
import { joinUrl } from '../../shared/url';
import { SUBJECT } from '../../shared/subject';

/** `base` + `path` with exactly one slash between them; `path` is relative to the site root. */
export const siteHref: (base: string, path?: string) => string = joinUrl;

export const stateHref = (base: string, id: string): string => siteHref(base, `states/${id}/`);
export const organisationHref = (base: string, id: string): string =>
  siteHref(base, `organisations/${id}/`);
export const sourceHref = (base: string, id: string): string => siteHref(base, `sources/${id}/`);
export const positionsHref = (base: string): string => siteHref(base, 'positions/');
/** Kosovo, the subject of every source, has a page of its own rather than a state entry. */
export const KOSOVO_ACTOR_ID = SUBJECT.id;
export const kosovoHref = (base: string): string => siteHref(base, 'kosovo/');

/** The line of a source article a fact was read from: `/sources/<source>/#L<line>`. */
export function sourceRefHref(base: string, ref: Pick<SourceRef, 'source' | 'anchor'>): string {
  return `${sourceHref(base, ref.source)}#${ref.anchor}`;
}

/** Page of an actor; Kosovo has its own page; other actors of type `other` have none (null). */
export function actorHref(base: string, actor: Pick<ActorRef, 'type' | 'id'>): string | null {
  if (actor.type === 'state') return stateHref(base, actor.id);
  if (actor.type === 'organisation') return organisationHref(base, actor.id);
  if (actor.id === KOSOVO_ACTOR_ID) return kosovoHref(base);
  // A third party has a page only through its statements (positionHref); a claimant such as
  // "unnamed reports" has none.
  return null;
}

/** Page of an actor the sources name that is neither a state nor an organisation (an NGO, a paper). */
export function otherActorHref(base: string, id: string): string {
  return siteHref(base, `actors/${id}/`);
}

/**
 * Permalink of a statement: the actor's page with the position id as fragment, or the positions
 * list for actors without a page.
 */
export function positionHref(
  base: string,
  position: { id: string; actor: Pick<ActorRef, 'type' | 'id'> },
): string {
  const page =
    actorHref(base, position.actor) ??
    (position.actor.type === 'other'
      ? otherActorHref(base, position.actor.id)
      : positionsHref(base));
  return `${page}#${position.id}`;
}

/** Absolute URL of a site path, for canonical and Open Graph tags. */
export function absoluteUrl(site: URL | string | undefined, pathname: string): string {
  return site === undefined ? pathname : new URL(pathname, site).href;
}
