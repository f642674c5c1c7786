import { SUBJECT } from '../../shared/subject';

/** The Atlas's name, after its subject: the site's title, feeds, citations and share card. */
export const SITE_NAME = `${SUBJECT.name} Recognition Atlas`;

/**
 * Page `<title>`: "Belarus — Kosovo Recognition Atlas", kept within 70 characters. A title too
 * long to carry the site name uses its short form where it has one ("OSCE — Kosovo Recognition
 * Atlas"), so every page's tab and bookmark still say which site it is.
 */
export const MAX_TITLE = 70;

export function pageTitle(title: string, siteName: string, shortTitle?: string): string {
  if (title === siteName) return siteName;
  const full = `${title} — ${siteName}`;
  if (full.length <= MAX_TITLE) return full;
  const short = shortTitle && `${shortTitle} — ${siteName}`;
  if (short && short.length <= MAX_TITLE) return short;
  if (title.length <= MAX_TITLE) return title;
  const cut = title.slice(0, MAX_TITLE - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).replace(/[\s,;:(–—-]+$/, '')}…`;
}
