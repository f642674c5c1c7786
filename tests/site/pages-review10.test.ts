/**
 * Pages review 10 on the built pages: a joint act is each co-subject's statement (#1); a lead's
 * reasons keep the source's quotation marks (#2) and read with their actor (#3); a card heads a
 * surname-only speaker by the full name of their page (#7).
 */
import { describe, expect, it } from 'vitest';
import {
  assertBuilt,
  elements,
  findByClass,
  leadPart,
  parsePage,
  squashedText,
  statePageFiles,
} from './builtSite';

assertBuilt();
const statePages = () => statePageFiles();
const quotedIn = (state: string, name: string): string[] => {
  const p = findByClass(parsePage(`states/${state}/index.html`), 'p', name);
  return p ? [...elements(p)].filter((e) => e.tagName === 'q').map(squashedText) : [];
};
const statementsSection = (state: string): string => {
  const page = parsePage(`states/${state}/index.html`);
  const section = [...elements(page)].find(
    (e) =>
      e.tagName === 'section' &&
      [...elements(e)].some((h) => h.tagName === 'h2' && h.properties?.id === 'statements'),
  );
  return section ? squashedText(section) : '';
};

describe('a joint act is each co-subject’s statement (pages review 10, #1)', () => {
  it('China and India: the lead gives the May 2008 joint statement, as joint', () => {
    expect(leadPart('china', 'latest')).toContain(
      'Latest dated statement, jointly with Russia and India: May 2008.',
    );
    expect(leadPart('india', 'latest')).toContain(
      'Latest dated statement, jointly with Russia and China: May 2008.',
    );
    expect(leadPart('india', 'latest')).toContain('released a joint statement');
  });
  it('China and India: the Statements section no longer denies a dated statement', () => {
    for (const state of ['china', 'india']) {
      const section = statementsSection(state);
      expect(section).not.toContain('record no dated statement');
      expect(section).toContain('joint act with Russia');
    }
  });
  it('Russia, the act’s own actor, is not told as joint with itself', () => {
    expect(leadPart('russia', 'latest')).not.toContain('jointly with');
  });
  it('every lead told as joint shows a subject that names its state with others', () => {
    let joint = 0;
    for (const file of statePages()) {
      const page = parsePage(file);
      const latest = findByClass(page, 'p', 'latest');
      if (!latest || !squashedText(latest).includes('jointly with')) continue;
      joint += 1;
      const name = squashedText(
        [...elements(page)].find((e) => e.tagName === 'h1') ?? latest,
      ).trim();
      const words = findByClass(latest, 'span', 'words');
      expect(words && squashedText(words)).toMatch(new RegExp(`${name}\\b[^.]* and `));
    }
    expect(joint).toBeGreaterThanOrEqual(2);
  });
});

describe('lead reasons keep the source’s quotation marks (pages review 10, #2)', () => {
  it('Argentina, Armenia and Mauritius: the actor’s quoted words are a quotation', () => {
    expect(quotedIn('argentina', 'reasons').join(' ')).toContain(
      'we would set a dangerous precedent',
    );
    expect(quotedIn('armenia', 'reasons').join(' ')).toContain(
      'Armenia can not recognize another entity',
    );
    expect(quotedIn('mauritius', 'reasons').join(' ')).toContain(
      'fight to regain the Chagos Islands',
    );
  });
});

describe('lead reasons read with their actor (pages review 10, #3)', () => {
  it('China and Serbia', () => {
    expect(leadPart('china', 'reasons')).toContain(
      // With the stance it explains: "China, seeing parallels …" read as if China were the reason.
      "The People's Republic of China supports Serbia's position on Kosovo, seeing parallels to its own claim over Taiwan",
    );
    expect(leadPart('serbia', 'reasons')).toContain(
      '…because of Serbian claims that Kosovo is part of its sovereign territory',
    );
  });
  it('no lead reason opens on a bare participle or "due to"', () => {
    const bare: string[] = [];
    for (const file of statePages()) {
      const reasons = findByClass(parsePage(file), 'p', 'reasons');
      const shown = reasons ? squashedText(reasons) : '';
      if (/(?:^|[:;]\s)…["“]?(?:seeing|fearing|viewing|due to|owing to)\b/.test(shown))
        bare.push(`${file}: ${shown}`);
    }
    expect(bare).toEqual([]);
  });
});

describe('a card names a person as their page does (pages review 10, #7)', () => {
  it('the Mejlis page heads no card by the surname alone', () => {
    const page = parsePage('organisations/mejlis-of-the-crimean-tatar-people/index.html');
    const headings = [...elements(page)]
      .filter((e) => e.tagName === 'h3')
      .map(squashedText)
      .filter((h) => /— /.test(h));
    expect(headings.length).toBeGreaterThan(0);
    expect(headings.filter((h) => /Cemilev/.test(h))).toEqual([]);
    expect(headings.some((h) => h.includes('Mustafa Dzhemilev'))).toBe(true);
  });
});
