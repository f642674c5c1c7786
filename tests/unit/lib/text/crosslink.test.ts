import type { Root } from 'hast';
import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import {
  buildLinkables,
  renderStatementHtml,
  type CrosslinkOptions,
} from '../../../../src/lib/text';
import { fixtureOrganisations, fixtureStates } from '../../../fixtures/text/atlas';
import { crosslinkTree, linksIn } from '../../../fixtures/text/helpers';

const linkables = buildLinkables(fixtureStates, fixtureOrganisations);
const options: CrosslinkOptions = { linkables, currentHref: '/', base: '/' };

/** Links the statement would get, as [text, href] pairs. */
const linksOf = (text: string, overrides: Partial<CrosslinkOptions> = {}) =>
  linksIn(renderStatementHtml(text, { ...options, ...overrides }));
const paragraph = (...children: Parameters<typeof h>[2][]): Root => ({
  type: 'root',
  children: [h('p', children.flat())],
});

describe('rehypeCrosslink: first mention only', () => {
  it('links the first mention of each entity and no later one', () => {
    expect(linksOf('Serbia thanked Belarus; Serbia and Belarus met again.')).toEqual([
      ['Serbia', '/states/serbia/'],
      ['Belarus', '/states/belarus/'],
    ]);
  });

  it('counts a demonym as the first mention', () => {
    expect(linksOf('The Belarusian President visited Belarus.')).toEqual([
      ['Belarusian', '/states/belarus/'],
    ]);
    expect(linksOf('Serbian officials and the Argentine foreign ministry agreed.')).toEqual([
      ['Serbian', '/states/serbia/'],
      ['Argentine', '/states/argentina/'],
    ]);
  });

  it('links the first mention across the whole tree, not per paragraph', () => {
    const tree: Root = {
      type: 'root',
      children: [h('p', 'France spoke.'), h('ul', [h('li', 'France again, then NATO.')])],
    };
    expect(linksIn(crosslinkTree(tree, options))).toEqual([
      ['France', '/states/france/'],
      ['NATO', '/organisations/nato/'],
    ]);
  });

  it('shares first mentions across separately rendered fragments through `linked`', () => {
    const linked = new Set<string>();
    expect(linksOf('France recognised Kosovo.', { linked })).toHaveLength(1);
    expect(linksOf('France reaffirmed it, as did Serbia’s neighbours.', { linked })).toEqual([
      ['Serbia', '/states/serbia/'],
    ]);
    expect([...linked]).toEqual(['france', 'serbia']);
  });
});

describe('rehypeCrosslink: organisations and short forms', () => {
  it('links "the EU" and NATO to their organisations', () => {
    expect(linksOf('Kosovo hopes to join the EU and NATO.')).toEqual([
      ['EU', '/organisations/european-union/'],
      ['NATO', '/organisations/nato/'],
    ]);
  });

  it('prefers the full name where it is written', () => {
    expect(linksOf('The European Union, that is the EU, spoke.')).toEqual([
      ['European Union', '/organisations/european-union/'],
    ]);
  });

  it('matches abbreviations case-sensitively and on word boundaries', () => {
    expect(linksOf('Neutral language, eu or nato, turkeys and chinaware.')).toEqual([]);
    // "Chad" is not found inside "Chadian"; the demonym itself is a mention of Chad.
    expect(linksOf('Chadian herders.')).toEqual([['Chadian', '/states/chad/']]);
    expect(linksOf('UNMIK and the EULEX mission; later the UN.')).toEqual([
      ['UN', '/organisations/united-nations/'],
    ]);
  });

  it('links the United States by its short forms but not "Latin American"', () => {
    expect(linksOf('Latin American states followed the U.S. lead.')).toEqual([
      ['U.S.', '/states/united-states/'],
    ]);
  });

  it('links BRICS though the organisation name carries a qualifier', () => {
    expect(linksOf('All five founding BRICS countries.')).toEqual([
      ['BRICS', '/organisations/brics/'],
    ]);
  });
});

describe('rehypeCrosslink: overlapping names', () => {
  it.each([
    [
      'Equatorial Guinea and Guinea-Bissau recognised; Guinea did too.',
      [
        ['Equatorial Guinea', 'equatorial-guinea'],
        ['Guinea-Bissau', 'guinea-bissau'],
        ['Guinea', 'guinea'],
      ],
    ],
    ['Guinea-Bissau first.', [['Guinea-Bissau', 'guinea-bissau']]],
    ['Papua New Guinea only.', [['Papua New Guinea', 'papua-new-guinea']]],
    [
      'Nigeria and the Nigerien government.',
      [
        ['Nigeria', 'nigeria'],
        ['Nigerien', 'niger'],
      ],
    ],
    [
      'Niger, unlike Nigeria.',
      [
        ['Niger', 'niger'],
        ['Nigeria', 'nigeria'],
      ],
    ],
    [
      'The Dominican Republic and Dominica.',
      [
        ['Dominican Republic', 'dominican-republic'],
        ['Dominica', 'dominica'],
      ],
    ],
    ['Dominican officials said nothing.', []],
    [
      'South Sudan split from Sudan.',
      [
        ['South Sudan', 'south-sudan'],
        ['Sudan', 'sudan'],
      ],
    ],
    [
      'South Sudanese and Sudanese envoys.',
      [
        ['South Sudanese', 'south-sudan'],
        ['Sudanese', 'sudan'],
      ],
    ],
    [
      'The Republic of the Congo and the Democratic Republic of the Congo; Congo alone is ambiguous.',
      [
        ['Republic of the Congo', 'republic-of-the-congo'],
        ['Democratic Republic of the Congo', 'dr-congo'],
      ],
    ],
    [
      "The People's Republic of China and the Republic of China.",
      [
        ["People's Republic of China", 'china'],
        ['Republic of China', 'taiwan'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(linksOf(text).map(([t, href]) => [t.replace(/&#x27;/g, "'"), href])).toEqual(
      expected.map(([t, id]) => [t, `/states/${id}/`]),
    );
  });
});

describe('rehypeCrosslink: diacritics and typography', () => {
  it('matches with or without diacritics and keeps the text as written', () => {
    expect(linksOf('Sao Tome and Principe and Côte d’Ivoire.')).toEqual([
      ['Sao Tome and Principe', '/states/sao-tome-and-principe/'],
      ['Côte d’Ivoire', '/states/ivory-coast/'],
    ]);
    expect(linksOf('Turkiye and Türkiye.')).toEqual([['Turkiye', '/states/turkiye/']]);
  });

  it('matches a name written with decomposed accents without splitting a letter from its accent', () => {
    const decomposed = 'São Tomé and Príncipe'.normalize('NFD');
    expect(linksOf(`Then ${decomposed} agreed.`)).toEqual([
      [decomposed, '/states/sao-tome-and-principe/'],
    ]);
  });

  it('matches a name broken over a line or a non-breaking space', () => {
    expect(linksOf('The United\nKingdom and Equatorial\u00A0Guinea.')).toEqual([
      ['United\nKingdom', '/states/united-kingdom/'],
      ['Equatorial\u00A0Guinea', '/states/equatorial-guinea/'],
    ]);
  });

  it('finds names next to punctuation and possessives', () => {
    expect(linksOf('(Serbia’s) “ally”, Belarus.')).toEqual([
      ['Serbia', '/states/serbia/'],
      ['Belarus', '/states/belarus/'],
    ]);
    expect(linksOf('Kosovo–Serbia talks.')).toEqual([['Serbia', '/states/serbia/']]);
  });
});

describe('rehypeCrosslink: never inside quotes', () => {
  it('does not link inside <q>, and a later plain mention is the first', () => {
    expect(linksOf('He said “Serbia is our friend” and Serbia agreed.')).toEqual([
      ['Serbia', '/states/serbia/'],
    ]);
    const html = renderStatementHtml('He said “Serbia is our friend” and Serbia agreed.', options);
    expect(html).toContain('<q>Serbia is our friend</q>');
  });

  it('does not link inside straight or single quotation marks left in the text', () => {
    const tree = paragraph('He called it ‘the Serbian position’ while Serbia’s envoy left.');
    expect(linksIn(crosslinkTree(tree, options))).toEqual([['Serbia', '/states/serbia/']]);
    const straight = paragraph('"France and NATO" were named, then France.');
    expect(linksIn(crosslinkTree(straight, options))).toEqual([['France', '/states/france/']]);
  });

  it('treats an unclosed quotation as running to the end of the block', () => {
    expect(linksIn(crosslinkTree(paragraph('Belarus said “Serbia is right.'), options))).toEqual([
      ['Belarus', '/states/belarus/'],
    ]);
  });

  it('does not link inside a <blockquote> or <cite>', () => {
    const tree: Root = {
      type: 'root',
      children: [
        h('blockquote', [h('p', 'France stands with Serbia.')]),
        h('p', [h('cite', 'Foreign relations of Belarus'), ' and France.']),
      ],
    };
    expect(linksIn(crosslinkTree(tree, options))).toEqual([['France', '/states/france/']]);
  });
});

describe('rehypeCrosslink: links, current page, structure', () => {
  it('never links inside an existing link, and counts a link to the page as its mention', () => {
    const tree = paragraph(
      h('a', { href: '/states/france/' }, 'France'),
      ' and France and ',
      h('a', { href: 'https://example.org/' }, 'Serbia'),
      ' then Serbia.',
    );
    expect(linksIn(crosslinkTree(tree, options))).toEqual([
      ['France', '/states/france/'],
      ['Serbia', 'https://example.org/'],
      ['Serbia', '/states/serbia/'],
    ]);
  });

  it('never links to the page it is on, with or without the base', () => {
    expect(linksOf('France and Serbia.', { currentHref: 'states/france/' })).toEqual([
      ['Serbia', '/states/serbia/'],
    ]);
    expect(
      linksOf('French and Serbian.', { currentHref: '/atlas/states/france/', base: '/atlas/' }),
    ).toEqual([['Serbian', '/atlas/states/serbia/']]);
  });

  it('prefixes the base', () => {
    expect(linksOf('NATO.', { base: '/atlas' })).toEqual([['NATO', '/atlas/organisations/nato/']]);
  });

  it('joins sibling text nodes but does not link a name split across elements', () => {
    const split: Root = {
      type: 'root',
      children: [
        h('p', [
          'The Uni',
          'ted States ',
          h('em', 'and'),
          ' Equatorial ',
          h('em', 'Guinea'),
          ' then Guinea.',
        ]),
      ],
    };
    expect(linksIn(crosslinkTree(split, options))).toEqual([
      ['United States', '/states/united-states/'],
      ['Guinea', '/states/guinea/'],
    ]);
  });

  it('does not run a name across block boundaries', () => {
    const tree: Root = { type: 'root', children: [h('p', 'South'), h('p', 'Sudan.')] };
    expect(linksIn(crosslinkTree(tree, options))).toEqual([['Sudan', '/states/sudan/']]);
  });

  it('links inside inline elements and leaves the rest of the tree alone', () => {
    const tree = paragraph('See ', h('strong', 'Belarus'), ' <now>.');
    expect(crosslinkTree(tree, options)).toBe(
      '<p>See <strong><a href="/states/belarus/" class="crosslink">Belarus</a></strong> &#x3C;now>.</p>',
    );
  });

  it('skips headings and opted-out elements', () => {
    const tree: Root = {
      type: 'root',
      children: [
        h('h2', 'France'),
        h('p', { dataNoCrosslink: '' }, 'Serbia'),
        h('p', 'Serbia and France.'),
      ],
    };
    expect(linksIn(crosslinkTree(tree, options))).toEqual([
      ['Serbia', '/states/serbia/'],
      ['France', '/states/france/'],
    ]);
  });

  it('omits the class when asked', () => {
    expect(renderStatementHtml('NATO.', { ...options, className: '' })).toBe(
      '<p><a href="/organisations/nato/">NATO</a>.</p>',
    );
  });
});

describe('rehypeCrosslink: demonyms that name people, not the state', () => {
  it('does not link plural demonyms or "ethnic/anti-/Kosovo X" or "X population"', () => {
    expect(linksOf('Serbians protested; the Serbian population stayed.')).toEqual([]);
    expect(linksOf('ethnic Serbian parties and anti-Serbian slogans')).toEqual([]);
    expect(linksOf('Kosovo Serbian leaders met.').map(([, href]) => href)).not.toContain(
      '/states/serbia/',
    );
    expect(linksOf('The Serbian President spoke.')).toEqual([['Serbian', '/states/serbia/']]);
  });

  it('does not link a people, a language, an origin or a city named after a state', () => {
    expect(linksOf('the ethnic Hungarian minority and the Hungarian inhabited zone')).toEqual([]);
    expect(linksOf('Hungarian-speaking towns and Serbian speakers')).toEqual([]);
    expect(linksOf('at the 66th FIFA congress in Mexico City')).toEqual([]);
    expect(linksOf('headed by Dutch diplomat Pieter Feith')).toEqual([]);
    expect(linksOf('Mexico voted.')).toEqual([['Mexico', '/states/mexico/']]);
  });
});
