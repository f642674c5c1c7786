import { describe, expect, it } from 'vitest';
import { buildLinkables, renderStatementHtml, type RenderOptions } from '../../../../src/lib/text';
import { fixtureOrganisations, fixtureStates } from '../../../fixtures/text/atlas';
import { speakerOf } from '../../../../src/lib/site/statement';

const linkables = buildLinkables(fixtureStates, fixtureOrganisations);
const options: RenderOptions = { linkables, currentHref: 'states/belarus/', base: '/' };
const render = (text: string) => renderStatementHtml(text, options);

describe('renderStatementHtml', () => {
  it('renders one paragraph, quotations as <q> without their marks, and cross-links', () => {
    expect(render('The Belarusian President said: “We support Serbia.” Serbia agreed.')).toBe(
      '<p>The Belarusian President said: <q>We support Serbia.</q> <a href="/states/serbia/" class="crosslink">Serbia</a> agreed.</p>',
    );
  });

  it('turns straight and guillemet quotations into <q> as well', () => {
    expect(render('He said "no" and «non».')).toBe('<p>He said <q>no</q> and <q>non</q>.</p>');
  });

  it('keeps single quotation marks and apostrophes as written inside a quotation', () => {
    expect(render('“Serbia’s ‘red line’ holds,” France said.')).toBe(
      '<p><q>Serbia’s ‘red line’ holds,</q> <a href="/states/france/" class="crosslink">France</a> said.</p>',
    );
  });

  it('keeps an unclosed quotation mark as text and links nothing after it', () => {
    expect(render('France said “Serbia is right.')).toBe(
      '<p><a href="/states/france/" class="crosslink">France</a> said “Serbia is right.</p>',
    );
  });

  it('splits blank-line-separated paragraphs', () => {
    expect(render('First, France.\n\n  Then NATO.  ')).toBe(
      '<p>First, <a href="/states/france/" class="crosslink">France</a>.</p><p>Then <a href="/organisations/nato/" class="crosslink">NATO</a>.</p>',
    );
  });

  it('renders empty text as nothing', () => {
    expect(render('  ')).toBe('');
  });
});

describe('renderStatementHtml: untrusted text stays text', () => {
  it('escapes a script element', () => {
    const html = render('Serbia <script>alert("x")</script> replied.');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&#x3C;script>alert(<q>x</q>)&#x3C;/script>');
  });

  it('never produces a javascript: link or stray markup', () => {
    const html = render(
      '[France](javascript:alert(1)) <a href="javascript:alert(1)">NATO</a> <img src=x onerror=alert(1)> *bold* &amp;',
    );
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).not.toMatch(/<(img|b|strong|em)\b/i);
    expect(html).toContain('&#x3C;a href=');
    expect(html).toContain('*bold* &#x26;amp;');
    // The names are still prose, so they are linked as text.
    expect(html).toContain(
      '[<a href="/states/france/" class="crosslink">France</a>](javascript:alert(1))',
    );
  });

  it('escapes quotation content too', () => {
    expect(render('He wrote “<b>Serbia</b>”.')).toBe(
      '<p>He wrote <q>&#x3C;b>Serbia&#x3C;/b></q>.</p>',
    );
  });
});

describe('renderStatementHtml: any text', () => {
  it('emits only its own elements and attributes, whatever the text holds', async () => {
    const fc = await import('fast-check');
    const pieces = fc.constantFrom(
      '<',
      '>',
      '&',
      '"',
      '“',
      '”',
      "'",
      'javascript:',
      '<script>',
      '</p>',
      'Serbia',
      'EU',
      ' ',
      '\n\n',
      'é',
      '<a href="x">',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 30 }), (parts) => {
        const html = render(parts.join(''));
        const tags = [...html.matchAll(/<(\/?)([a-zA-Z][^\s>/]*)([^>]*)>/g)];
        for (const [, closing, name, attributes] of tags) {
          expect(['p', 'q', 'a']).toContain(name);
          if (name === 'a' && !closing)
            expect(attributes).toMatch(
              /^ href="\/(states|organisations)\/[a-z0-9-]+\/" class="crosslink"$/,
            );
          else expect(attributes).toBe('');
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('voices and speakers in words (issue 15)', () => {
  const actor = { type: 'state' as const, id: 'mali', name: 'Mali' };
  it('names every speaker, and a role or a body without a personal name', () => {
    expect(
      speakerOf({
        actor,
        speaker: { name: 'Ilkka Kanerva', role: 'Chairman' },
        speakers: [
          { name: 'Ilkka Kanerva', role: 'Chairman' },
          { name: 'Knut Vollebæk', role: 'OSCE Minorities Commissioner' },
        ],
      }),
    ).toBe('Ilkka Kanerva, Chairman and Knut Vollebæk, OSCE Minorities Commissioner');
    expect(
      speakerOf({ actor, speaker: null, speakers: [{ name: null, role: 'Paraguayan president' }] }),
    ).toBe('the Paraguayan president');
  });
});
