// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  addCitations,
  addPermalinkCopies,
  copyButton,
  markTarget,
} from '../../../../src/scripts/statements/enhance';
import { enhanceStatementsScript } from '../../../../src/scripts/statements/statementsScript';

const STATEMENT = `
  <article class="statement" id="serbia-2008-said">
    <h3><a class="permalink" href="https://atlas.test/states/serbia/#serbia-2008-said"> 17 February 2008, Serbia </a></h3>
    <p class="statement-tools"><a class="cite" href="https://atlas.test/cite/serbia-2008-said.bib">Cite</a></p>
  </article>
  <article class="statement" id="other"><p class="statement-tools"></p></article>`;

beforeEach(() => {
  document.body.innerHTML = STATEMENT;
});

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('statement enhancements', () => {
  it('marks the statement a fragment lands on, and only that one', () => {
    markTarget(document, '#other');
    markTarget(document, '#serbia-2008-said');
    expect([...document.querySelectorAll('.is-target')].map((e) => e.id)).toEqual([
      'serbia-2008-said',
    ]);
  });

  it('one copy button: copies, says so, and says when copying failed', async () => {
    const clipboard = { writeText: vi.fn(() => Promise.reject(new Error('denied'))) };
    const words = { label: 'Copy', ariaLabel: 'Copy it', copied: 'Copied', failed: 'Copy failed' };
    const [button, status] = copyButton(document, clipboard, words, () => 'text');
    button.click();
    await flush();
    expect(clipboard.writeText).toHaveBeenCalledWith('text');
    expect(status.textContent).toBe('Copy failed');
  });

  it("adds a copy button for each permalink to its statement's tool line", async () => {
    const clipboard = { writeText: vi.fn(() => Promise.resolve()) };
    addPermalinkCopies(document, clipboard);
    const button = document.querySelector<HTMLButtonElement>('#serbia-2008-said button')!;
    expect(button.getAttribute('aria-label')).toBe('Copy link: 17 February 2008, Serbia');
    button.click();
    await flush();
    expect(clipboard.writeText).toHaveBeenCalledWith(
      'https://atlas.test/states/serbia/#serbia-2008-said',
    );
    expect(document.querySelector('#serbia-2008-said [role="status"]')!.textContent).toBe(
      'Link copied',
    );
  });

  it('turns "Cite" into a disclosure that fetches both citation files once opened', async () => {
    const fetchText = vi.fn((url: string) =>
      url.endsWith('.bib')
        ? Promise.resolve('@misc{serbia2008}\n')
        : Promise.reject(new Error('404')),
    );
    addCitations(document, fetchText, undefined);
    const details = document.querySelector<HTMLDetailsElement>('details.cite')!;
    expect([...details.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      'https://atlas.test/cite/serbia-2008-said.bib',
      'https://atlas.test/cite/serbia-2008-said.json',
    ]);
    expect(fetchText).not.toHaveBeenCalled();
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    await flush();
    expect(fetchText).toHaveBeenCalledTimes(2);
    // The file that failed to load leaves no empty block behind.
    expect([...details.querySelectorAll('pre')].map((p) => p.textContent)).toEqual([
      '@misc{serbia2008}',
    ]);
  });

  it('is served as one plain script that enhances the page it runs on', () => {
    const script = enhanceStatementsScript();
    expect(script).not.toMatch(/^\s*(?:import|export)\b/m);
    expect(script).not.toMatch(/\/\/|\/\*/);
    location.hash = '#serbia-2008-said';
    new Function('window', script)(window);
    expect(document.querySelector('.is-target')?.id).toBe('serbia-2008-said');
    expect(document.querySelector('details.cite summary')?.textContent).toBe('Cite');
  });
});
