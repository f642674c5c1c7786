import { describe, expect, it } from 'vitest';
import {
  citationFileHref,
  citeStatement,
  formatCitation,
  statementCsl,
} from '../../../../src/lib/site/citation';
import { statement } from './statementFixture';

describe('citations', () => {
  const input = {
    position: statement,
    url: 'https://atlas.example/states/belarus/#belarus-2008-02-lukashenko',
    source: { title: 'International recognition of Kosovo', publisher: 'Wikipedia' },
    sourceUrl: 'https://atlas.example/sources/international-recognition-of-kosovo/#L199',
  };
  const c = formatCitation(input);

  it('names speaker, date, the permalink with its anchor and the source article', () => {
    expect(c.reference).toContain('Alexander Lukashenko');
    expect(c.reference).toContain('2008');
    expect(c.reference).toContain(
      'https://atlas.example/states/belarus/#belarus-2008-02-lukashenko',
    );
    expect(c.reference).toContain(
      'Read from “International recognition of Kosovo” (Wikipedia), line 199.',
    );
  });

  it('gives BibTeX and CSL-JSON with the same URL', () => {
    expect(c.bibtex).toMatch(/^@\w+\{/);
    expect(c.bibtex).toContain(
      'url = {https://atlas.example/states/belarus/#belarus-2008-02-lukashenko}',
    );
    const csl = JSON.parse(c.csl) as Array<Record<string, unknown>>;
    expect(csl[0]).toMatchObject({
      URL: input.url,
      issued: { 'date-parts': [[2008, 2]] },
      author: [{ literal: 'Alexander Lukashenko' }],
    });
  });

  it('builds the permalink and source line under the site and base, and files beside it', () => {
    const sources = new Map([
      [
        'international-recognition-of-kosovo',
        { title: 'International recognition of Kosovo', publisher: 'Wikipedia' },
      ],
    ]);
    const cited = citeStatement(statement, sources, 'https://atlas.example', '/atlas/')!;
    expect(cited.reference).toContain(
      'https://atlas.example/atlas/states/belarus/#belarus-2008-02-lukashenko',
    );
    expect(JSON.parse(cited.csl)[0].note).toContain(
      'https://atlas.example/atlas/sources/international-recognition-of-kosovo/#L199',
    );
    expect(citeStatement(statement, new Map(), 'https://atlas.example', '/')).toBeNull();
    expect(citationFileHref('/atlas', statement.id, 'bib')).toBe(
      '/atlas/cite/belarus-2008-02-lukashenko.bib',
    );
  });

  it('keeps every script in BibTeX (UTF-8) and gives plain-text titles, LaTeX specials escaped', () => {
    const bib = formatCitation({
      ...input,
      position: {
        ...statement,
        speaker: { name: 'Вук Јеремић', role: 'Foreign Minister <b>of Serbia</b> & envoy' },
      },
      source: { title: 'Ελλάδα <i>and</i> Kosovo', publisher: 'Wikipedia' },
    }).bibtex;
    expect(bib).toContain('Вук Јеремић');
    expect(bib).toContain('Ελλάδα and Kosovo');
    expect(bib).not.toMatch(/\\text(?:bf|it)|<\/?[bi]>/);
    expect(bib).toMatch(/title = \{[^\n]*of \{Serbia\} \\& envoy/);
    // A surname in another script gives way to the actor's name in the key.
    expect(bib).toMatch(/^@misc\{Belarus2008,/);
    expect(bib).toContain(
      'url = {https://atlas.example/states/belarus/#belarus-2008-02-lukashenko}',
    );
    expect(bib).toMatch(/note = \{[^\n]*\\#L199\}/);
  });

  it('leaves out the date of an undated statement instead of inventing one', () => {
    const undated = statementCsl({ ...input, position: { ...statement, date: null } });
    expect(undated).not.toHaveProperty('issued');
    expect(
      formatCitation({ ...input, position: { ...statement, date: null } }).reference,
    ).toContain('(n.d.)');
  });
});
