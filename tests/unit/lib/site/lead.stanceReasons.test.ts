/**
 * Reasons the lead reads from a participle after the stance and from what recognising would bring
 * about, in the actor's words (pages review 9, #6: China, Argentina).
 */
import { describe, expect, it } from 'vitest';
import { reasonsFor } from '../../../../src/lib/site/lead';
import type { Position } from '../../../../src/schemas';

const position = (text: string, over: Partial<Position> = {}): Position =>
  ({
    id: 'x',
    topic: 'kosovo',
    date: null,
    voice: 'described',
    actor: { type: 'state', id: 'ruritania', name: 'Ruritania' },
    text,
    sources: [{ source: 's', section: ['S'], line: 3, anchor: 'L3', excerpt: text }],
    ...over,
  }) as unknown as Position;

describe('a participle after the stance', () => {
  it('reads "seeing …" and "fearing …" after a stance on Kosovo as its reason, with the stance', () => {
    expect(
      reasonsFor([
        position(
          "Ruritania supports Serbia's position on Kosovo, seeing parallels to its own dispute over Borduria.",
        ),
      ]).map((r) => r.text),
    ).toEqual([
      "Ruritania supports Serbia's position on Kosovo, seeing parallels to its own dispute over Borduria",
    ]);
    expect(
      reasonsFor([
        position(
          'Ruritania has not recognised Kosovo, fearing a precedent for its northern provinces.',
        ),
      ]).map((r) => r.text),
    ).toEqual([
      'Ruritania has not recognised Kosovo, fearing a precedent for its northern provinces',
    ]);
  });
  it('reads none from a participle after words that are no stance on Kosovo, or from "seeing that"', () => {
    expect(
      reasonsFor([
        position('Ruritania opened a consulate in Pristina, seeing parallels in trade.'),
      ]),
    ).toEqual([]);
    expect(
      reasonsFor([position('Ruritania has recognised Kosovo, seeing that others had.')]),
    ).toEqual([]);
    // A preposition after a comma is no participle of holding (Azerbaijan's "said, regarding Kosovo, that").
    expect(
      reasonsFor([
        position(
          'In 2009, Ruritania said, regarding Kosovo, that entities that declare secession are not states.',
        ),
      ]),
    ).toEqual([]);
  });
});

describe('what recognising would bring about', () => {
  it('reads the conditional, from "if" to its end, as the reason, quoted as the source quotes it (pages review 10, #2)', () => {
    const [reason] = reasonsFor([
      position(
        'The minister said "if we were to recognize Kosovo, which declared independence unilaterally, we would set a dangerous precedent for the islands".',
        { voice: 'quoted' },
      ),
    ]);
    expect(reason?.text).toBe(
      '…"if we were to recognize Kosovo, which declared independence unilaterally, we would set a dangerous precedent for the islands"',
    );
  });
  it('reads none from a condition that is not recognition', () => {
    expect(
      reasonsFor([
        position(
          'The minister said that if talks failed, Ruritania would review its stance on independence.',
        ),
      ]),
    ).toEqual([]);
  });
});

// Pages review 10, #2: the actor's own words in a reason are shown as a quotation.
describe("a reason's quotation marks", () => {
  it('re-opens a quotation the clause starts inside, and closes it where the quotation ends', () => {
    const [reason] = reasonsFor([
      position(
        'The minister said Ruritania would not recognise the province "because Ruritania can not recognize another entity while its own status is disputed", she said, and left.',
        { voice: 'quoted' },
      ),
    ]);
    expect(reason?.text).toBe(
      '…"because Ruritania can not recognize another entity while its own status is disputed", she said, and left',
    );
  });
  it('quotes only the part of the reason that is the quotation', () => {
    const [reason] = reasonsFor([
      position(
        'Ruritania has not recognised Kosovo because of "their fight to regain the islands" of the south.',
      ),
    ]);
    expect(reason?.text).toBe('…because of "their fight to regain the islands" of the south');
  });
  it("closes a quotation a long reason is cut inside, before the cut's mark", () => {
    const [reason] = reasonsFor([
      position(
        `The minister said "if we were to recognise Kosovo, we would set a precedent that would threaten ${'our claims to the islands and the seas around them, '.repeat(4)}for ever".`,
        { voice: 'quoted' },
      ),
    ]);
    expect(
      reason?.text.startsWith('…"if we were to recognise Kosovo, we would set a precedent'),
    ).toBe(true);
    expect(reason?.text.endsWith('" …')).toBe(true);
    expect((reason?.text.match(/"/g) ?? []).length).toBe(2);
  });
});

// Pages review 10, #3: a reason read alone reads as a sentence where a rule can make it one.
describe('a reason as a sentence', () => {
  it('gives "due to" as "because of", inside a quotation too', () => {
    expect(
      reasonsFor([
        position(
          'Ruritania has not recognised Kosovo, due to fears for its territorial integrity.',
        ),
      ]).map((r) => r.text),
    ).toEqual(['…because of fears for its territorial integrity']);
    expect(
      reasonsFor([
        position('The minister said, "Due to our territorial integrity, we cannot recognise it."', {
          voice: 'quoted',
        }),
      ]).map((r) => r.text),
    ).toEqual(['…"because of our territorial integrity, we cannot recognise it"']);
  });
});
