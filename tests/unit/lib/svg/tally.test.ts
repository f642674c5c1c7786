import { describe, expect, it } from 'vitest';
import { organisation } from '../../../../src/schemas';
import { renderTallyBar, tallyCounts } from '../../../../src/lib/svg/tally';
import { fixtureOrganisation } from '../../../fixtures/svg/states';
import { parseXml, walk } from '../../../fixtures/svg/xmlTree';

describe('tally bar', () => {
  const tally = renderTallyBar(fixtureOrganisation);

  it('writes the computed numbers out and the stated tally beside them', () => {
    expect(tally.caption).toBe(
      'Of 5 members of EU, 2 recognise Kosovo, 3 do not and 0 withdrew recognition.',
    );
    expect(tally.stated).toEqual([
      'International recognition of Kosovo states 22 out of 27 (2023).',
    ]);
  });

  it('draws segments proportional to the counts, classed by status', () => {
    const rects = [...walk(parseXml(tally.svg))].filter(
      (e) =>
        e.name === 'rect' &&
        /^kra-(recognised|withdrawn|not-recognised|no-data)\b/.test(e.attrs.class ?? ''),
    );
    expect(rects.map((r) => [r.attrs.class?.split(' ')[0], Number(r.attrs.width)])).toEqual([
      ['kra-recognised', 144],
      ['kra-not-recognised', 216],
    ]);
  });

  it('states a repeated tally once', () => {
    const repeated = organisation.parse({
      ...fixtureOrganisation,
      statedTallies: [...fixtureOrganisation.statedTallies, ...fixtureOrganisation.statedTallies],
    });
    expect(renderTallyBar(repeated).stated).toEqual([
      'International recognition of Kosovo states 22 out of 27 (2023).',
    ]);
  });

  it('counts members without a status and handles organisations without a member list', () => {
    const withOther = organisation.parse({
      ...fixtureOrganisation,
      members: [...fixtureOrganisation.members!, 'kosovo'],
    });
    expect(tallyCounts(withOther).other).toBe(1);
    expect(renderTallyBar(withOther).caption).toContain(
      '1 member has no recognition status in the Atlas',
    );
    const noList = organisation.parse({
      ...fixtureOrganisation,
      members: null,
      recognising: [],
      notRecognising: [],
      statedTallies: [],
    });
    const none = renderTallyBar(noList);
    expect(none.svg).toBe('');
    expect(none.caption).toBe('The Atlas keeps no member list for EU, so it computes no tally.');
  });

  it('uses a per-organisation id so several bars can share a page', () => {
    expect(tally.svg).toContain('id="kra-tally-european-union"');
    expect(tally.svg).toContain('url(#kra-tally-european-union-pat-not-recognised)');
  });
});
