import { describe, expect, it } from 'vitest';
import { unexplainedFigure } from '../../../src/ingest/figureLosses';
import type { Figure } from '../../../src/schemas';

const authority = { id: 'core', title: 'International recognition of Kosovo' };

/** A figure from `source`, stated by `claimant`; only what the rule reads. */
function figure(over: Partial<Figure> & { source?: string }): Figure {
  const { source = 'core', ...rest } = over;
  return {
    kind: 'recognitions',
    label: 'Recognitions by UN member states',
    value: 110,
    outOf: null,
    claimant: authority.title,
    computed: 110,
    computedOutOf: 193,
    differs: false,
    sources: [{ source, section: [], line: 5, anchor: 'L5', excerpt: '' }],
    ...rest,
  } as Figure;
}

describe('unexplainedFigure', () => {
  it('lets a figure that agrees pass', () => {
    expect(unexplainedFigure(figure({}), authority)).toBeNull();
  });

  it("flags the authority's own count against its own tables: a row may be lost", () => {
    expect(unexplainedFigure(figure({ computed: 109, differs: true }), authority)).toBe(
      "Recognitions by UN member states (International recognition of Kosovo): stated 110, computed 109/193 from the same article's tables; expected them to agree (a table row may be lost), or an explanation in content/editorial/losses.yaml",
    );
  });

  it("takes a party's claim as explained by what it is (Serbia's 84)", () => {
    expect(
      unexplainedFigure(figure({ claimant: 'Serbia', value: 84, differs: true }), authority),
    ).toBeNull();
  });

  it("takes another article's count as explained (stated as of its own date)", () => {
    const f = figure({
      claimant: 'Kosovo - Foreign Relations',
      source: 'news',
      value: 98,
      differs: true,
    });
    expect(unexplainedFigure(f, authority)).toBeNull();
  });

  it('flags a milestone whose rank the table contradicts, whoever states it', () => {
    const f = figure({
      kind: 'milestone',
      label: '100th recognition',
      claimant: 'Kosovo - Foreign Relations',
      source: 'news',
      value: 100,
      computed: 94,
      computedOutOf: null,
      differs: true,
    });
    expect(unexplainedFigure(f, authority)).toBe(
      '100th recognition (Kosovo - Foreign Relations): stated 100, but the recognition table ranks it 94, and no source says why; expected the same rank, or an explanation in content/editorial/losses.yaml',
    );
  });
});
