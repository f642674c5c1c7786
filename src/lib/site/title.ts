import { SUBJECT } from '../../shared/subject';

/** The Atlas's name, after its subject: the site's title, feeds, citations and share card. */
export const SITE_NAME = `${SUBJECT.name} Recognition Atlas`;

/** Page `<title>`: "Belarus — Kosovo Recognition Atlas", kept within 70 characters. */
export const MAX_TITLE = 70;

export function pageTitle(title: string, siteName: string): string {
  if (title === siteName) return siteName;
  const full = `${title} — ${siteName}`;
  if (full.length <= MAX_TITLE) return full;
  if (title.length <= MAX_TITLE) return title;
  const cut = title.slice(0, MAX_TITLE - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).replace(/[\s,;:(–—-]+$/, '')}…`;
}
