/**
 * Pages review 9 on the built pages: no lead cuts a statement before what was said (#1); a lead
 * gives the reason its page gives (#2) and does not repeat its latest statement as one (#8); a
 * role with its own determiner takes no "the" (#11); an undated withdrawal is worded as home and
 * /counts/ word it (#12).
 */
import { describe, expect, it } from 'vitest';
import {
  assertBuilt,
  elements,
  parsePage,
  squashedText,
  findByClass,
  leadPart,
  statePageFiles,
} from './builtSite';

assertBuilt();
const text = squashedText;
const find = findByClass;
const statePages = () => statePageFiles();
const lead = leadPart;

// Verbs and nouns of saying, written out here (not the rule under test): a lead that shows one and
// then stops at "…" with no "that", colon or quotation mark after it has cut what was said.
const SAYING =
  /\b(?:said|says|stated|announced|confirmed|affirmed|reaffirmed|declared|told|stressed|reiterated|noted|added|assured|informed|insisted|claimed|wrote|replied|explained|warned|promised|letter|message)\b/gi;

describe('no lead cuts what was said (pages review 9, #1)', () => {
  it('no state’s latest statement stops after a verb of saying before its content', () => {
    const cut: string[] = [];
    let seen = 0;
    for (const file of statePages()) {
      const latest = find(parsePage(file), 'p', 'latest');
      const words = latest && find(latest, 'span', 'words');
      if (!words) continue;
      seen += 1;
      const shown = text(words);
      if (!shown.endsWith('…')) continue;
      const verbs = [...shown.matchAll(SAYING)];
      const last = verbs.at(-1);
      if (last && !/\bthat\b|:|["“‘]/.test(shown.slice(last.index + last[0].length)))
        cut.push(`${file}: ${shown.slice(Math.max(0, last.index - 40))}`);
    }
    expect(seen).toBeGreaterThan(60);
    expect(cut).toEqual([]);
  });

  it('Lebanon, Paraguay and Albania: the lead gives what was said', () => {
    expect(lead('lebanon', 'latest')).toContain('that Lebanon supported');
    expect(lead('paraguay', 'latest')).toContain('that Paraguay had already recognised');
    expect(lead('albania', 'latest')).toContain('stating that CARICOM members would soon');
  });
});

describe('the lead’s reasons (pages review 9, #2 and #8)', () => {
  it('Cyprus, Algeria and Romania: the reason their cards give is in the lead', () => {
    expect(lead('cyprus', 'reasons')).toContain('Kosovo was not a sui generis case');
    expect(lead('algeria', 'reasons')).toContain('international laws had to be adhered to');
    expect(lead('romania', 'reasons')).toContain(
      'the main reason Romania does not recognise the independence of Kosovo remains the Székely Land problem',
    );
  });

  it('Zambia: the reason is told once, in the latest statement, not again as a reason', () => {
    expect(lead('zambia', 'latest')).toContain(
      'due to concerns with the precedent for the Lozi tribe',
    );
    expect(lead('zambia', 'reasons')).not.toContain(
      'concerns with the precedent for the Lozi tribe',
    );
  });
});

describe('headings and key facts (pages review 9, #11 and #12)', () => {
  it('the European Union page heads the representatives’ card without "The Some"', () => {
    const headings = [...elements(parsePage('organisations/european-union/index.html'))]
      .filter((e) => e.tagName === 'h3')
      .map(text);
    expect(headings).toContain('Undated — Some Romanian and Communist representatives');
    expect(headings.filter((h) => /\bThe Some\b/.test(h))).toEqual([]);
  });

  it('an undated withdrawal reads "withdrew", as home and /counts/ say', () => {
    const burundi = text(parsePage('states/burundi/index.html'));
    expect(burundi).toContain('Withdrew recognition; date not given.');
    const hedged = statePages().filter((f) =>
      text(parsePage(f)).includes('Reported; no date given'),
    );
    expect(hedged).toEqual([]);
  });
});
