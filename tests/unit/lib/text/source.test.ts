import { describe, expect, it } from 'vitest';
import {
  buildLinkables,
  renderSourceHtml,
  sourceAnchors,
  sourceMdast,
  type RenderOptions,
} from '../../../../src/lib/text';
import { sourceDocument } from '../../../../src/schemas';
import { fixtureDocument, fixtureOrganisations, fixtureStates } from '../../../fixtures/text/atlas';
import { linksIn } from '../../../fixtures/text/helpers';

const linkables = buildLinkables(fixtureStates, fixtureOrganisations);
const options: RenderOptions = {
  linkables,
  currentHref: 'sources/belarus-kosovo-relations/',
  base: '/',
};
// remark-rehype puts a line break between block elements; the tests read the structure.
const blocks = (out: string) => out.replace(/>\n+</g, '><');
const html = blocks(renderSourceHtml(fixtureDocument, options));

const idsIn = (markup: string) => [...markup.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]);

describe('renderSourceHtml: structure', () => {
  it('moves headings one level down below the page h1, keeping the slug id and a line anchor', () => {
    expect(html).toContain(
      '<h2 id="belarus-kosovo-relations"><span id="L1">Belarus–Kosovo relations</span></h2>',
    );
    expect(html).toContain(
      '<h3 id="position-of-serbia"><span id="L5">Position of Serbia</span></h3>',
    );
    expect(html).toContain('<h6 id="deep-heading"><span id="L13">Deep heading</span></h6>');
    expect(html).not.toMatch(/<h1\b/);
  });

  it('puts consecutive list items in one list and starts a new one after another block', () => {
    expect(html.match(/<ul>/g)).toHaveLength(2);
    expect(html).toMatch(
      /<ul><li id="L8">.*?<\/li><li id="L9">.*?<\/li><\/ul><p id="L10">Between the lists.<\/p><ul><li id="L11">A second list.<\/li><\/ul>/,
    );
  });

  it('renders tables with column header cells and an anchor per row', () => {
    expect(html).toContain(
      '<table id="L15" data-pagefind-ignore=""><thead><tr><th scope="col">Country</th><th scope="col">Formal relations began</th><th scope="col">Notes</th></tr></thead><tbody><tr id="L17">',
    );
    expect(html).toContain(
      '<tr id="L20"><td><a href="/states/france/" class="crosslink">France</a></td><td>1992</td><td>&#x3C;img src=x onerror=alert(1)></td></tr>',
    );
  });

  it('gives every block and table row its line anchor, each id once', () => {
    const ids = idsIn(html);
    expect(new Set(ids).size).toBe(ids.length);
    for (const block of fixtureDocument.blocks) expect(ids).toContain(`L${block.line}`);
    expect(sourceAnchors(fixtureDocument)).toEqual([
      'L1',
      'L3',
      'L5',
      'L6',
      'L8',
      'L9',
      'L10',
      'L11',
      'L13',
      'L15',
      'L17',
      'L20',
    ]);
    expect(ids.filter((id) => id?.startsWith('L'))).toEqual(sourceAnchors(fixtureDocument));
  });

  it('keeps the first anchor when two blocks start on one line', () => {
    const doc = sourceDocument.parse({
      ...fixtureDocument,
      blocks: [
        { kind: 'paragraph', text: 'One.', line: 2, section: [] },
        { kind: 'paragraph', text: 'Two.', line: 2, section: [] },
      ],
    });
    expect(blocks(renderSourceHtml(doc, options))).toBe('<p id="L2">One.</p><p>Two.</p>');
  });
});

describe('renderSourceHtml: text and links', () => {
  it('shows Markdown and HTML in the text as written', () => {
    expect(html).toContain(
      'Stars *bold* _under_ &#x3C;b>tag&#x3C;/b> [x](javascript:alert(1)) &#x3C;script>alert(1)&#x3C;/script> &#x26; more.',
    );
    expect(html).not.toMatch(/<(script|b|em|strong|img)\b/i);
    expect(html).not.toMatch(/href="javascript:/i);
  });

  it('links the first mention in the body, not in headings or quotations', () => {
    expect(linksIn(html)).toEqual([
      ['Belarus', '/states/belarus/'],
      ['Serbia', '/states/serbia/'],
      ['EU', '/organisations/european-union/'],
      ['NATO', '/organisations/nato/'],
      ['Argentina', '/states/argentina/'],
      ['France', '/states/france/'],
    ]);
    expect(html).toContain('the Belarusian President said "Belarus stands with Serbia".');
  });

  it('does not link to the page of the state the page is about', () => {
    const onBelarus = blocks(
      renderSourceHtml(fixtureDocument, {
        ...options,
        currentHref: '/atlas/states/belarus/',
        base: '/atlas/',
      }),
    );
    expect(linksIn(onBelarus).map(([, href]) => href)).not.toContain('/atlas/states/belarus/');
    expect(linksIn(onBelarus)[0]).toEqual(['Serbia', '/atlas/states/serbia/']);
  });
});

describe('the article as mdast', () => {
  it('positions every node at the file line it was read from (unist position = the line the Atlas cites)', () => {
    const tree = sourceMdast(fixtureDocument);
    const lines = tree.children.map((n) => n.position?.start.line);
    expect(lines).toEqual(
      fixtureDocument.blocks
        .filter((b, i, all) => b.kind !== 'list-item' || all[i - 1]?.kind !== 'list-item')
        .map((b) => b.line),
    );
  });
});
