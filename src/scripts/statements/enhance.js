// Inlined into pages that carry statements (Base.astro, via ?raw): no page loads a script file for
// these small enhancements, and the page works without them.
// Deep links: mark the statement a #fragment lands on. Copy link: one button per statement.
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
  if (!navigator.clipboard) return;
  document.querySelectorAll('.statement .permalink').forEach((link) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-link';
    button.textContent = 'Copy link';
    const label = link.getAttribute('aria-label');
    if (label) button.setAttribute('aria-label', label.replace(/^Permalink/, 'Copy link'));
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
    link.after(button, status);
  });
  // Citations: the reference is in the page without script; this adds copy buttons and,
  // when a citation is opened, fetches its BibTeX and CSL-JSON files into it.
  const addCopy = (block) => {
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
  document.querySelectorAll('.cite [data-cite]').forEach(addCopy);
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
