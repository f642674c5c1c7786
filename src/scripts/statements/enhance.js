// Served as /statements.js (src/pages/statements.js.ts) and loaded deferred by pages that carry
// statements (Base.astro); the page works without it.
// Deep links: mark the statement a #fragment lands on. Copy link: one small button per statement,
// in its tool line (the heading itself is the permalink).
(() => {
  const mark = () => {
    document.querySelectorAll('.is-target').forEach((el) => el.classList.remove('is-target'));
    const id = decodeURIComponent(location.hash.slice(1));
    const target = id && document.getElementById(id);
    const statement = target && target.closest('.statement');
    if (statement) statement.classList.add('is-target');
  };
  addEventListener('hashchange', mark);
  mark();
  // Without a clipboard (an insecure origin) the copy buttons are left out; the links remain.
  const canCopy = Boolean(navigator.clipboard);
  if (canCopy)
    document.querySelectorAll('.statement .permalink').forEach((link) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'copy-link';
      button.textContent = 'Copy link';
      button.setAttribute('aria-label', `Copy link: ${link.textContent.trim()}`);
      const status = document.createElement('span');
      status.setAttribute('role', 'status');
      button.addEventListener('click', () => {
        navigator.clipboard.writeText(link.href).then(
          () => {
            status.textContent = 'Link copied';
          },
          () => {
            status.textContent = 'Copy failed; use the permalink';
          },
        );
        setTimeout(() => {
          status.textContent = '';
        }, 4000);
      });
      const tools = link.closest('.statement')?.querySelector('.statement-tools');
      if (tools) tools.append(button, status);
    });
  // Citations: the page links each statement's BibTeX and CSL-JSON files (kept out of the HTML);
  // when a citation is opened, this fetches both into it, each with a copy button.
  const addCopy = (block) => {
    if (!canCopy) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-link';
    button.textContent = 'Copy';
    button.setAttribute('aria-label', `Copy ${block.getAttribute('data-cite')}`);
    const status = document.createElement('span');
    status.setAttribute('role', 'status');
    button.addEventListener('click', () => {
      navigator.clipboard.writeText(block.textContent.trim()).then(
        () => {
          status.textContent = 'Copied';
        },
        () => {
          status.textContent = 'Copy failed; select the text';
        },
      );
      setTimeout(() => {
        status.textContent = '';
      }, 4000);
    });
    block.before(button, status);
  };
  // "Cite" is a plain link to the .bib file without script; with it, a disclosure holding both files.
  document.querySelectorAll('.statement a.cite').forEach((link) => {
    const details = document.createElement('details');
    details.className = 'cite';
    const summary = document.createElement('summary');
    summary.textContent = 'Cite';
    details.append(summary);
    for (const [label, ext] of [
      ['BibTeX', '.bib'],
      ['CSL-JSON', '.json'],
    ]) {
      const file = document.createElement('a');
      file.href = link.href.replace(/\.bib$/, ext);
      file.textContent = label;
      file.setAttribute('data-cite-src', label);
      details.append(file, ' ');
    }
    link.replaceWith(details);
  });
  document.querySelectorAll('details.cite').forEach((details) => {
    details.addEventListener('toggle', () => {
      if (!details.open || details.dataset.loaded) return;
      details.dataset.loaded = 'true';
      details.querySelectorAll('a[data-cite-src]').forEach((link) => {
        // Placed first, filled when fetched, so the formats keep their order.
        const label = document.createElement('p');
        label.className = 'cite-label';
        label.textContent = link.getAttribute('data-cite-src');
        const pre = document.createElement('pre');
        pre.setAttribute('data-cite', link.getAttribute('data-cite-src'));
        details.append(label, pre);
        fetch(link.href)
          .then((r) => (r.ok ? r.text() : Promise.reject(r.status)))
          .then(
            (text) => {
              pre.textContent = text.trim();
              addCopy(pre);
            },
            () => {
              label.remove();
              pre.remove();
            },
          );
      });
    });
  });
})();
