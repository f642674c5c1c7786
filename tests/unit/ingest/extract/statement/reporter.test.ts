/** Who the source says reports a statement: a named reporter, an unnamed report, or no one. */
import { describe, expect, it } from 'vitest';
import { reporterOf, UNNAMED_REPORT } from '../../../../../src/ingest/extract/statement/reporter';

describe('reporter', () => {
  const notActor = () => false;
  it('a hedge on the verb ("allegedly", "supposedly") is an unnamed report', () => {
    expect(reporterOf('They allegedly wanted to lobby the council.', notActor)).toBe(
      UNNAMED_REPORT,
    );
    expect(reporterOf('The envoy supposedly promised a visit in May.', notActor)).toBe(
      UNNAMED_REPORT,
    );
    expect(reporterOf('He is alleged to have burned the letter.', notActor)).toBe(UNNAMED_REPORT);
  });
  it('a hedge on an adjective or a participle aside hedges a description, not the act', () => {
    expect(reporterOf('The allegedly rigged vote was annulled by Peru.', notActor)).toBeNull();
    expect(
      reporterOf(
        'After a note, purportedly signed by the king, appeared, Peru denied it.',
        notActor,
      ),
    ).toBeNull();
    expect(reporterOf('A note purportedly signed by the king was shown.', notActor)).toBeNull();
  });
  it('a document that tells the account ("A leaked cable states that …") is the reporter', () => {
    expect(
      reporterOf(
        'A leaked 2010 cable from the embassy in Lima states that the minister said no.',
        notActor,
      ),
    ).toBe('leaked 2010 cable from the embassy in Lima');
    expect(reporterOf('In 2012, a survey found that most Peruvians agreed.', notActor)).toBe(
      'survey',
    );
    // The actor's own report is its statement, not a report about it.
    expect(
      reporterOf('A report of the Ruritanian ministry says that it will wait.', (p) =>
        p.includes('Ruritanian'),
      ),
    ).toBeNull();
    expect(reporterOf('The ministry states that it will wait.', notActor)).toBeNull();
  });
  it("a newspaper carrying the actor's nationality still reports: it is no channel of the actor", () => {
    const ruritanian = (p: string) => p.includes('Ruritanian');
    expect(
      reporterOf(
        'According to the Ruritanian newspaper Dnevnik, the ministry ordered its envoys home.',
        ruritanian,
      ),
    ).toBe('Ruritanian newspaper Dnevnik');
    expect(
      reporterOf('According to the Ruritanian daily Vesti, the president had agreed.', ruritanian),
    ).toBe('Ruritanian daily Vesti');
    expect(
      reporterOf(
        'In May 2011, according to the Ruritanian weekly Nedelja, Peru said no.',
        ruritanian,
      ),
    ).toBe('Ruritanian weekly Nedelja');
    // The actor's own channel, named without a medium's noun, stays its statement.
    expect(
      reporterOf("According to the Ruritanian ministry's website, it will wait.", ruritanian),
    ).toBeNull();
  });
  it('names who the source says reports it, or an unnamed report', () => {
    expect(
      reporterOf('According to leaked US cables, Zambia did not want a position.', notActor),
    ).toBe('leaked US cables');
    expect(
      reporterOf('In April 2010, it was reported that the president had agreed.', notActor),
    ).toBe(UNNAMED_REPORT);
    expect(reporterOf('The minister is reported to have responded warmly.', notActor)).toBe(
      UNNAMED_REPORT,
    );
  });
  it('is an unnamed report for words the source says were stated by no one named', () => {
    expect(reporterOf('In April 2009, it was stated that Peru had no plans.', notActor)).toBe(
      UNNAMED_REPORT,
    );
    expect(reporterOf('It has been said that Peru would wait.', notActor)).toBe(UNNAMED_REPORT);
    expect(reporterOf('Peru stated that it had no plans.', notActor)).toBeNull();
  });
  it('is no one when the source tells it itself, or the account is the actor’s own channel', () => {
    expect(reporterOf('Peru recognised the state in 2010.', notActor)).toBeNull();
    expect(
      reporterOf(
        'According to the European Commission’s website, the EU has not ratified it.',
        (p) => p.includes('European Commission'),
      ),
    ).toBeNull();
  });
  it('reads "according to" after a short opening phrase, without its article', () => {
    expect(
      reporterOf('In 2011, according to the Daily Ruritanian, Peru would wait.', notActor),
    ).toBe('Daily Ruritanian');
  });
  it('asks about the phrase itself whether it is the actor’s own channel', () => {
    const asked: string[] = [];
    reporterOf('According to the Peruvian foreign ministry, Peru would wait.', (p) => {
      asked.push(p);
      return false;
    });
    expect(asked).toEqual(['Peruvian foreign ministry']);
  });
  it('takes "reportedly" for an unnamed report, and not "reporters" or "reports that"', () => {
    expect(reporterOf('Peru reportedly agreed to wait.', notActor)).toBe(UNNAMED_REPORT);
    expect(reporterOf('Peru told reporters it would wait.', notActor)).toBeNull();
    expect(reporterOf('Peru reports that trade grew.', notActor)).toBeNull();
  });
  it('an "according to" set after its clause, or in commas inside it, names the reporter', () => {
    expect(
      reporterOf('Ruritania made no public comment, according to the Lima daily El Sol.', notActor),
    ).toBe('Lima daily El Sol');
    expect(
      reporterOf(
        'The Ruritanian football union voted for the bid at the congress, according to the Andean Football Federation',
        notActor,
      ),
    ).toBe('Andean Football Federation');
    expect(
      reporterOf('The envoy, according to diplomatic sources, left the talks early.', notActor),
    ).toBe('diplomatic sources');
  });
  it('a rule or text the clause follows ("according to the constitution") reports nothing', () => {
    expect(
      reporterOf('The assembly elects the president, according to the constitution.', notActor),
    ).toBeNull();
    expect(
      reporterOf('Troops withdrew in stages, according to the agreement, by 2010.', notActor),
    ).toBeNull();
    // The actor's own organ or channel is its statement, not a report about it.
    expect(
      reporterOf('Peru will wait for the vote, according to its foreign minister.', notActor),
    ).toBeNull();
    expect(
      reporterOf('Peru will open an embassy, according to the Peruvian foreign ministry.', (p) =>
        p.includes('Peruvian'),
      ),
    ).toBeNull();
  });
});
