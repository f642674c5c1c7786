import { describe, expect, it } from 'vitest';
import { partialDateOfPhrase, spanOfPartialDate } from '../../../../src/lib/svg/dates';
import {
  cumulativeFigures,
  keyEventsToDraw,
  layoutTimeline,
  placeRecognitions,
  renderTimeline,
  selectTimeline,
  shortDate,
  undatedTotals,
} from '../../../../src/lib/svg/timeline';
import {
  fixtureEvents,
  fixtureFigures,
  fixtureStates,
  makeState,
} from '../../../fixtures/svg/states';
import {
  parseXml,
  textOf,
  walk,
  type XmlElement,
  type XmlNode,
} from '../../../fixtures/svg/xmlTree';

describe('dates', () => {
  it('treats only a written day as exact', () => {
    expect(spanOfPartialDate('2008-02-17')?.exact).toBe(true);
    const month = spanOfPartialDate('2008-02')!;
    expect(month.exact).toBe(false);
    expect(month.end).toBeGreaterThan(month.start);
    expect(spanOfPartialDate('Feb 2008')).toBeNull();
  });

  it('reads as-of phrases', () => {
    expect(partialDateOfPhrase('as of 4 September 2020')).toBe('2020-09-04');
    expect(partialDateOfPhrase('September 4, 2020')).toBe('2020-09-04');
    expect(partialDateOfPhrase('March 2023')).toBe('2023-03');
    expect(partialDateOfPhrase('2024-01-05')).toBe('2024-01-05');
    expect(partialDateOfPhrase('by 2019')).toBe('2019');
    expect(partialDateOfPhrase('at present')).toBeNull();
  });
});

describe('placing recognitions', () => {
  const { placed, undated } = placeRecognitions(fixtureStates, 2025);

  it('orders recognitions by date into a cumulative count', () => {
    expect(placed.map((p) => p.rank)).toEqual(placed.map((_, i) => i + 1));
    const starts = placed.map((p) => p.span.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    expect(placed[0]!.state.id).toBe('afghanistan');
    // Same day: the recognition table's order decides.
    expect(placed.slice(1, 3).map((p) => p.state.id)).toEqual(['united-states', 'france']);
  });

  it('tells exact dates, written months/years and inferred intervals apart', () => {
    const kind = (id: string) => placed.find((p) => p.state.id === id)?.kind;
    expect(kind('france')).toBe('exact');
    expect(kind('tuvalu')).toBe('span');
    expect(kind('afghanistan')).toBe('inferred');
    const oman = placed.find((p) => p.state.id === 'oman')!;
    expect(oman.open).toBe(true);
    expect(oman.span.end).toBe(2025);
  });

  it('reports recognitions with neither date nor bounds instead of guessing', () => {
    expect(undated).toEqual([]);
    const lost = makeState({
      id: 'lost',
      name: 'Lost',
      iso3: 'ABW',
      status: 'recognised',
      order: 5,
    });
    expect(placeRecognitions([lost], 2025).undated.map((s) => s.id)).toEqual(['lost']);
  });
});

describe('stated totals', () => {
  const stateIds = new Set(fixtureStates.map((s) => s.id));

  it('keeps dated running totals and drops withdrawals, organisation tallies and undated figures', () => {
    expect(cumulativeFigures(fixtureFigures, stateIds).map((f) => [f.figure.id, f.date])).toEqual([
      ['article-total', '2020-09-04'],
      ['kosovo-claim', '2023-03'],
      ['hundredth', '2013-06-26'],
    ]);
    expect(undatedTotals(fixtureFigures, stateIds).map((f) => f.id)).toEqual(['serbia-total']);
  });

  it('keeps a milestone about a state only when the ref is a state', () => {
    expect(cumulativeFigures(fixtureFigures).map((f) => f.figure.id)).not.toContain('hundredth');
  });
});

describe('key events', () => {
  it('draws declarations, votes, court steps and agreements, dropping a vaguer duplicate', () => {
    expect(keyEventsToDraw(fixtureEvents).map((k) => k.event.id)).toEqual([
      'declaration',
      'unga-vote',
      'icj',
      'brussels',
    ]);
  });

  it('writes dates at their precision', () => {
    expect(shortDate('2008-02-17')).toBe('17 Feb 2008');
    expect(shortDate('2013-04')).toBe('Apr 2013');
    expect(shortDate('2014')).toBe('2014');
  });
});

describe('timeline SVG', () => {
  const { svg, caption } = renderTimeline(fixtureStates, fixtureEvents, fixtureFigures, {
    base: '/',
  });
  const tree = parseXml(svg);
  const els = [...walk(tree)];

  it('draws exact dates as points and inferred intervals as dashed ranges', () => {
    expect(
      els.filter((e) => e.name === 'circle' && e.attrs.class?.includes('kra-point')),
    ).toHaveLength(6 + 1); // + legend
    // Afghanistan and Oman alone; Andorra and Malta share one band; + legend.
    expect(els.filter((e) => e.attrs.class === 'kra-range kra-inferred')).toHaveLength(2);
    expect(els.filter((e) => e.attrs.class === 'kra-band kra-inferred')).toHaveLength(1 + 1);
    expect(textOf(tree)).toContain(
      'Afghanistan: recognised date not written; between 17 February 2008 and 20 February 2008 (inferred)',
    );
    expect(textOf(tree)).toContain(
      '2 recognitions (numbers 5–6), date not written; between 28 March 2008 and 21 May 2008 (inferred): Andorra, Malta',
    );
  });

  it('marks withdrawals, stated totals and only the key events', () => {
    expect(els.filter((e) => e.attrs.class === 'kra-withdrawn kra-point')).toHaveLength(2 + 1);
    expect(els.filter((e) => e.attrs.class === 'kra-stated')).toHaveLength(3 + 1);
    expect(els.filter((e) => e.attrs.class === 'kra-event')).toHaveLength(4 + 1);
    expect(textOf(tree)).not.toContain('France recognises Kosovo');
    expect(textOf(tree)).not.toContain('Independence was declared in 2008');
  });

  it('links points to state pages when given a base, and has titles', () => {
    const links = els.filter((e) => e.name === 'a');
    // Banded states are named in the band's title instead of linked one by one.
    // UN recognitions (8, two of them in one band) link one by one, and each lane row is one link.
    expect(links.length).toBe(8 - 2 + 1 + 2);
    for (const a of links) expect(a.attrs.href).toMatch(/^\/states\/[a-z0-9-]+\/$/);
    expect(renderTimeline(fixtureStates, fixtureEvents, fixtureFigures).svg).not.toContain('<a ');
  });

  it('writes dates in its text as the site does, never as the data holds them (pages review 5, finding 9)', () => {
    const isoDated = fixtureFigures.map((f) => ({ ...f, asOf: f.asOf ? '2013-02-17' : f.asOf }));
    const rendered = renderTimeline(fixtureStates, fixtureEvents, isoDated);
    const text = `${rendered.caption} ${rendered.svg}`;
    expect(text).toContain('17 February 2013');
    expect(text).not.toMatch(/\b\d{4}-\d{2}(?:-\d{2})?\b/);
  });

  it('says the numbers in its caption', () => {
    expect(caption).toContain(
      'UN member states over time: 8 recognitions in cumulative order, 3 with an exact date (points), 1 with only a month or year written',
    );
    expect(caption).toContain(
      'Recognitions later withdrawn are not part of that count and have a lane of their own below the axis, one row per state in the order of their table (2, 2 with a date or interval): Suriname, Nauru.',
    );
    expect(caption).toContain('Non-UN states are not part of that count');
    expect(caption).toContain('4 whose date no source writes');
    expect(caption).toContain('2 withdrawals of recognition are reported, 2 of them with a date');
    expect(caption).toContain(
      '104 per the article (as of 4 September 2020); 117 per Kosovo (March 2023)',
    );
    expect(caption).toContain(
      'Stated without a date, so not drawn: 84 countries recognising Kosovo per Serbia.',
    );
    expect(caption).toContain(
      'Key events (dashed lines): Declaration, 17 February 2008; Vote, 8 October 2008; Court, 22 July 2010; Agreement, 19 April 2013.',
    );
  });
});

describe('timeline lanes for the non-UN and withdrawn tables', () => {
  const data = selectTimeline(fixtureStates, fixtureEvents, fixtureFigures);
  const layout = layoutTimeline(data);

  it('keeps only the UN members table on the cumulative axis', () => {
    const onAxis = data.cumulative.placed.map((p) => p.state.recognition!.table);
    expect(new Set(onAxis)).toEqual(new Set(['un-members']));
    expect(data.cumulative.placed.map((p) => p.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('gives each other table a lane with one row per state in table order', () => {
    expect(data.lanes.map((l) => [l.table, l.rows.map((r) => r.state.id)])).toEqual([
      ['non-un', ['cook-islands']],
      ['withdrawn', ['suriname', 'nauru']],
    ]);
    const nauru = data.lanes[1]!.rows[1]!;
    expect(nauru.placed?.kind).toBe('exact');
    expect(nauru.withdrawal).not.toBeNull();
  });

  it('draws the lanes below the axis, never at the cumulative ranks', () => {
    for (const top of layout.laneTops.values()) expect(top).toBeGreaterThan(layout.plotBottom + 16);
    const tree = parseXml(renderTimeline(fixtureStates, fixtureEvents, fixtureFigures).svg);
    const els = [...walk(tree)];
    const isEl = (n: XmlNode): n is XmlElement => typeof n !== 'string';
    const suriname = els.find(
      (e) =>
        e.name === 'g' &&
        e.children.some(
          (c) => isEl(c) && c.name === 'title' && textOf(c) === 'Suriname: recognised 8 July 2016',
        ),
    );
    const point = suriname?.children.filter(isEl).find((c) => c.name === 'circle');
    expect(Number(point?.attrs.cy)).toBeGreaterThan(layout.plotBottom + 16);
    expect(Number(point?.attrs.cy)).toBeLessThan(layout.legendTop);
  });

  it('draws no lane when every recognition is in the UN members table', () => {
    const un = fixtureStates.filter((s) => s.recognition?.table === 'un-members');
    expect(selectTimeline(un, fixtureEvents, fixtureFigures).lanes).toEqual([]);
  });
});

describe('the y-axis drawn alone, for a chart that scrolls sideways', () => {
  const rendered = renderTimeline(fixtureStates, fixtureEvents, fixtureFigures);
  const texts = (svg: string) =>
    [...walk(parseXml(svg))]
      .filter((e): e is XmlElement => typeof e !== 'string' && e.name === 'text')
      .map((e) => [textOf(e), e.attrs.x ?? '', e.attrs.y ?? '', e.attrs.transform ?? ''].join('|'));

  it('carries the chart’s own axis numbers and title, at the same places', () => {
    const axis = texts(rendered.axis);
    expect(axis.map((t) => t.split('|')[0])).toEqual([
      '0',
      '20',
      '40',
      '60',
      '80',
      '100',
      '120',
      'UN member states’ recognitions so far',
    ]);
    const chart = new Set(texts(rendered.svg));
    expect(axis.filter((t) => !chart.has(t))).toEqual([]);
  });

  it('stops above the years, so it never covers them, and is hidden from assistive technology', () => {
    const root = parseXml(rendered.axis) as XmlElement;
    const layout = layoutTimeline(selectTimeline(fixtureStates, fixtureEvents, fixtureFigures));
    // The years' baseline is 16 below the plot, their 12 px letters rise about 9 above it.
    expect(Number(root.attrs.height)).toBeLessThanOrEqual(layout.plotBottom + 16 - 9);
    expect(root.attrs['aria-hidden']).toBe('true');
  });
});
