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
