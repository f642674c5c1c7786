/**
 * Issue 15, cause 3 (statement boundaries, tests/gold/README.md "Statement boundaries"): a sentence
 * carries the statement before it on only when it tells more of the same act — same actor, same
 * occasion, no date of its own. Every sentence here is invented.
 */
import { describe, expect, it } from 'vitest';
import { groupSentences } from '../../../../../src/ingest/extract/statements';
import {
  nameEnding,
  sharesSubject,
  splitActs,
} from '../../../../../src/ingest/extract/statement/clauses';
import { notAStatement } from '../../../../../src/ingest/extract/statement/background';
import { finder } from './fixtures';

const named = (t: string) => finder.mentions(t).length > 0;

const grouped = (sentences: string[], speaker: (s: string) => string | null = () => null) =>
  groupSentences(sentences, speaker, true).map((p) => [p.date, p.sentences]);

describe('the same speaker taken up again by surname', () => {
  const soto = (s: string) => (/Ana Soto/.test(s) ? 'Ana Soto' : null);
  it('with any verb of saying ("Soto acknowledged …", "Soto confirmed …")', () => {
    for (const verb of ['acknowledged', 'confirmed', 'replied', 'admitted'])
      expect(
        grouped(
          [
            'In 2011 the foreign minister of Chile, Ana Soto, said that Chile had yet to decide.',
            `Soto ${verb} that Chile understood the request but could not act at the time.`,
          ],
          soto,
        ),
      ).toEqual([['2011', [0, 1]]]);
  });

  it('not when a given name the speaker lacks stands before the surname (another person)', () => {
    const costa = (s: string) =>
      /Maria Costa/.test(s) ? 'Maria Costa' : /Paulo Costa/.test(s) ? 'Paulo Costa' : null;
    expect(
      grouped(
        [
          'In May 2014, President Maria Costa issued a note saying that the decision was void.',
          'New Prime Minister Paulo Costa said that the decision was an anomaly.',
        ],
        costa,
      ),
    ).toEqual([
      ['2014-05', [0]],
      [null, [1]],
    ]);
    // The speaker's own given name, or the surname alone, is the same person.
    for (const second of [
      'Maria Costa added that the decision could not stand.',
      'Costa added that the decision could not stand.',
    ])
      expect(
        grouped(
          [
            'In May 2014, President Maria Costa issued a note saying that the decision was void.',
            second,
          ],
          costa,
        ),
      ).toEqual([['2014-05', [0, 1]]]);
  });
});

describe('an unnamed speaker of the body that acted', () => {
  it('carries its act on when the role names that body ("A regional government spokeswoman said …")', () => {
    expect(
      grouped([
        'The regional Tuscan government, unlike the central government, responded warmly to the declaration.',
        'A regional government spokeswoman said that "it is a lesson to follow".',
      ]),
    ).toEqual([[null, [0, 1]]]);
    expect(
      grouped([
        'On 4 June 2009, the foreign ministry of Peru condemned the vote.',
        'A ministry official stated that Peru would recall its envoy.',
      ]),
    ).toEqual([['2009-06-04', [0, 1]]]);
  });

  it('is a new statement when the role names a body the statement before does not', () => {
    expect(
      grouped([
        'On 4 June 2009, Peru recognised the state.',
        'A government spokesman said that the embassy would open soon.',
      ]),
    ).toHaveLength(2);
    // No verb of saying: not more of what was said.
    expect(
      grouped([
        'On 4 June 2009, the foreign ministry of Peru condemned the vote.',
        'A ministry official travelled to Lima.',
      ]),
    ).toHaveLength(2);
  });
});

describe('a clause of reason with a subject of its own', () => {
  it('is cut off when its subject names someone ("…, as some member states, including …, were against …")', () => {
    expect(
      splitActs(
        'The league did not ask its members to recognise the state, as some member states, including Chile and Peru, were firmly against any such step.',
        named,
      ),
    ).toEqual([
      'The league did not ask its members to recognise the state',
      'some member states, including Chile and Peru, were firmly against any such step.',
    ]);
    expect(
      splitActs(
        'Peru postponed the vote on the treaty, since the foreign minister of Chile had asked for more time.',
        named,
      ),
    ).toEqual([
      'Peru postponed the vote on the treaty',
      'the foreign minister of Chile had asked for more time.',
    ]);
  });

  it('stays whole without a subject there, or when the subject names no one', () => {
    for (const sentence of [
      'The president said the recognition was void, as required by the constitution of Peru.',
      'Chile sent observers to the vote, as well as two members of its parliament.',
      'Peru postponed the vote on the treaty, as the weather in Lima was poor that week.',
    ])
      expect(splitActs(sentence, named)).toEqual([sentence]);
  });
});

describe('a comma splice', () => {
  it('is two sentences when a phrase pointing back to the occasion opens a clause with its own subject', () => {
    expect(
      splitActs(
        'Chile had agreed to let Peru take part in the 2015 Pacific Games held in Santiago, in this competition, Lima-born Rosa Quispe won the first gold medal for Peru.',
        named,
      ),
    ).toEqual([
      'Chile had agreed to let Peru take part in the 2015 Pacific Games held in Santiago',
      'in this competition, Lima-born Rosa Quispe won the first gold medal for Peru.',
    ]);
    expect(
      splitActs(
        'In May 2010 the foreign minister of Peru visited Santiago, at that meeting, the president of Chile promised support for the treaty.',
        named,
      ),
    ).toHaveLength(2);
  });

  it('is not cut when the phrase names no occasion before, or no subject follows it', () => {
    for (const sentence of [
      'Chile sent a delegation to the games held in Santiago, in this competition winning two medals.',
      'Chile sent a delegation to the games held in Santiago, in a city where the team had trained, and stayed a week.',
    ])
      expect(splitActs(sentence, named)).toEqual([sentence]);
  });
});

describe('a fronted "Despite …" phrase with a subject of its own', () => {
  it('is cut off the main clause, which is the act, and tells no act itself', () => {
    const parts = splitActs(
      'Despite Peru gaining support from many states (including Chile, Bolivia, and Ecuador), the veto of Brazil, backed by Argentina, has kept Peru out of the council.',
      named,
    );
    expect(parts).toEqual([
      'Despite Peru gaining support from many states (including Chile, Bolivia, and Ecuador)',
      'the veto of Brazil, backed by Argentina, has kept Peru out of the council.',
    ]);
    expect(notAStatement(parts[0]!)?.reason).toMatch(/fronted "Despite …" phrase/);
    expect(
      splitActs(
        'In spite of the government having signed the accord, Chile refused to ratify it.',
        named,
      ),
    ).toEqual([
      'In spite of the government having signed the accord',
      'Chile refused to ratify it.',
    ]);
  });

  it('stays with the main clause when it has no subject of its own or no "-ing" verb', () => {
    for (const sentence of [
      'Despite being recognised by many states, Peru remains outside the council.',
      'Despite warnings from the council, Chile held the vote in May.',
    ]) {
      expect(splitActs(sentence, named)).toEqual([sentence]);
      expect(notAStatement(sentence)).toBeNull();
    }
  });
});

describe('a relative clause whose antecedent acts', () => {
  const nameBefore = nameEnding(finder);
  it('is cut off with its antecedent when that names a body of people and the verb tells an act', () => {
    expect(
      splitActs(
        'Chile also backed the protests by the radical Aymara leadership in the northern valleys, which ordered the closure of two border posts in 2009.',
        named,
        nameBefore,
      ),
    ).toEqual([
      'Chile also backed the protests by the radical Aymara leadership in the northern valleys',
      'the radical Aymara leadership in the northern valleys, which ordered the closure of two border posts in 2009.',
    ]);
    // A verb compromise tags as an act, not in the hand-written list of acts.
    expect(
      splitActs(
        'Peru funded the militia with help from the rebel government of the south, which seized the port in May.',
        named,
        nameBefore,
      ),
    ).toHaveLength(2);
  });

  it('stays when the verb describes, the pronoun is no subject, or the clause is inside what was said', () => {
    for (const sentence of [
      'Chile sent aid to the regional government of the north, which included two ministries.',
      'Chile sent aid to the regional government of the north, which it funds every year.',
      'Chile sent aid to the regional government of the north, which was elected in May.',
      'The minister claimed that the army of Peru, which had seized power in a coup, had reversed the decision.',
    ])
      expect(splitActs(sentence, named, nameBefore)).toEqual([sentence]);
  });
});

describe('a second verb phrase with a day of its own', () => {
  it('is a second act when the first has no date ("…, and filed a note by the May 3 deadline")', () => {
    const parts = splitActs(
      "Chile supported Peru's request to the court for an opinion on the border, and filed a written note by the May 3 deadline in line with Lima's claims.",
      named,
    );
    expect(parts).toEqual([
      "Chile supported Peru's request to the court for an opinion on the border",
      "filed a written note by the May 3 deadline in line with Lima's claims.",
    ]);
    // Its subject is the first clause's.
    expect(sharesSubject(parts[1]!)).toBe(true);
  });

  it('stays one act without the comma, without a day, or when the first part is dated too', () => {
    for (const sentence of [
      "Chile supported Peru's request to the court and filed a written note by the May 3 deadline.",
      "Chile supported Peru's request to the court, and filed a written note soon after.",
      "On 2 April Chile supported Peru's request to the court, and filed a written note by the May 3 deadline.",
    ])
      expect(splitActs(sentence, named)).toEqual([sentence]);
  });
});

describe('an act told in a dated document ("in a 2013 statement")', () => {
  it('is dated by the document and starts a statement of its own', () => {
    expect(
      grouped([
        'The Andean Council as a body has no common position on Fiji',
        'its secretary-general welcomed the agreement between Fiji and Tonga in a 2013 statement.',
      ]),
    ).toEqual([
      [null, [0]],
      ['2013', [1]],
    ]);
    expect(
      grouped([
        'Peru has not recognised Fiji.',
        'Its president restated that view in a 2019 letter to the council.',
      ]),
    ).toEqual([
      [null, [0]],
      ['2019', [1]],
    ]);
  });

  it('carries the act on when the document has no year', () => {
    expect(
      grouped([
        'The Andean Council as a body has no common position on Fiji',
        'its secretary-general welcomed the agreement between Fiji and Tonga in a statement.',
      ]),
    ).toEqual([[null, [0, 1]]]);
  });
});
