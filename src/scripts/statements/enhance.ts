// Enhancements of the pages that carry statements; each page works without them. Served as
// /statements.js (statementsScript.ts, src/pages/statements.js.ts) and loaded deferred by those
// pages (src/layouts/Base.astro). The module has no imports, so it transpiles to one script.
//   - Deep links: mark the statement a #fragment lands on.
//   - Copy link: one small button per statement, in its tool line (the heading is the permalink).
//   - Citations: "Cite" links the .bib file; with script, a disclosure that fetches the BibTeX and
//     CSL-JSON files when opened, each with a copy button.

type Clipboard = Pick<globalThis.Clipboard, 'writeText'>;

/** Status messages a copy button shows for a moment after a click. */
const STATUS_MS = 4000;

/**
 * The one copy button: copies `text()` to the clipboard and says, in a status line beside it,
 * whether it worked. Returns the button and its status element, for the caller to place.
 */
export function copyButton(
  doc: Document,
  clipboard: Clipboard,
  words: { label: string; ariaLabel: string; copied: string; failed: string },
  text: () => string,
): [HTMLButtonElement, HTMLSpanElement] {
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'copy-link';
  button.textContent = words.label;
  button.setAttribute('aria-label', words.ariaLabel);
  const status = doc.createElement('span');
  status.setAttribute('role', 'status');
  button.addEventListener('click', () => {
    clipboard.writeText(text()).then(
      () => {
        status.textContent = words.copied;
      },
      () => {
        status.textContent = words.failed;
      },
    );
    setTimeout(() => {
      status.textContent = '';
    }, STATUS_MS);
  });
  return [button, status];
}

/** Marks the statement that holds the element `hash` (a location.hash) lands on. */
export function markTarget(doc: Document, hash: string): void {
  doc.querySelectorAll('.is-target').forEach((el) => el.classList.remove('is-target'));
  const id = decodeURIComponent(hash.slice(1));
  const statement = id ? doc.getElementById(id)?.closest('.statement') : null;
  if (statement) statement.classList.add('is-target');
}

/** A copy button for each statement's permalink, in its tool line. */
export function addPermalinkCopies(doc: Document, clipboard: Clipboard): void {
  doc.querySelectorAll<HTMLAnchorElement>('.statement .permalink').forEach((link) => {
    const tools = link.closest('.statement')?.querySelector('.statement-tools');
    if (!tools) return;
    tools.append(
      ...copyButton(
        doc,
        clipboard,
        {
          label: 'Copy link',
          ariaLabel: `Copy link: ${(link.textContent ?? '').trim()}`,
          copied: 'Link copied',
          failed: 'Copy failed; use the permalink',
        },
        () => link.href,
      ),
    );
  });
}

const CITATION_FORMATS = [
  ['BibTeX', '.bib'],
  ['CSL-JSON', '.json'],
] as const;

/** Each "Cite" link becomes a disclosure that fetches both citation files when first opened. */
export function addCitations(
  doc: Document,
  fetchText: (url: string) => Promise<string>,
  clipboard: Clipboard | undefined,
): void {
  doc.querySelectorAll<HTMLAnchorElement>('.statement a.cite').forEach((link) => {
    const details = doc.createElement('details');
    details.className = 'cite';
    const summary = doc.createElement('summary');
    summary.textContent = 'Cite';
    details.append(summary);
    for (const [label, ext] of CITATION_FORMATS) {
      const file = doc.createElement('a');
      file.href = link.href.replace(/\.bib$/, ext);
      file.textContent = label;
      file.setAttribute('data-cite-src', label);
      details.append(file, ' ');
    }
    link.replaceWith(details);
    details.addEventListener('toggle', () => {
      if (!details.open || details.dataset.loaded) return;
      details.dataset.loaded = 'true';
      details.querySelectorAll<HTMLAnchorElement>('a[data-cite-src]').forEach((source) => {
        const format = source.getAttribute('data-cite-src') ?? '';
        // Placed first, filled when fetched, so the formats keep their order.
        const label = doc.createElement('p');
        label.className = 'cite-label';
        label.textContent = format;
        const pre = doc.createElement('pre');
        pre.setAttribute('data-cite', format);
        details.append(label, pre);
        fetchText(source.href).then(
          (text) => {
            pre.textContent = text.trim();
            if (clipboard)
              pre.before(
                ...copyButton(
                  doc,
                  clipboard,
                  {
                    label: 'Copy',
                    ariaLabel: `Copy ${format}`,
                    copied: 'Copied',
                    failed: 'Copy failed; select the text',
                  },
                  () => (pre.textContent ?? '').trim(),
                ),
              );
          },
          () => {
            label.remove();
            pre.remove();
          },
        );
      });
    });
  });
}

/** All of the above on the page of `win`. */
export function enhanceStatements(win: Window): void {
  const doc = win.document;
  win.addEventListener('hashchange', () => markTarget(doc, win.location.hash));
  markTarget(doc, win.location.hash);
  // Without a clipboard (an insecure origin) the copy buttons are left out; the links remain.
  const clipboard = win.navigator.clipboard as Clipboard | undefined;
  if (clipboard) addPermalinkCopies(doc, clipboard);
  addCitations(
    doc,
    (url) =>
      win.fetch(url).then((r) => (r.ok ? r.text() : Promise.reject(new Error(String(r.status))))),
    clipboard,
  );
}
