/** The main clause of a sentence: where it starts, its subject and verb, and the verb's form (mainClause.ts). */
import { describe, expect, it } from 'vitest';
import {
  clauseStart,
  isPersonalName,
  mainClause,
  nameIsVerbObject,
  verbForm,
} from '../../../../../src/ingest/extract/statement/mainClause';

describe('clauseStart', () => {
  it('is after opening adverbials that end in a comma', () => {
    expect(clauseStart('However, Peru said it would wait.')).toBe(9);
    expect(clauseStart('In March 2008, Peru said it would wait.')).toBe(15);
  });
  it('is after an opening date with no comma, when a subject follows it', () => {
    expect(clauseStart('Later in 2005 the Peruvian police seized the office.')).toBe(14);
    // A comma further on belongs to the clause, not to the opening.
    expect(
      clauseStart(
        'Later in 2005 the police seized the office of the union, a farmers’ association.',
      ),
    ).toBe(14);
  });
  it('is after a time opening with no comma, and after a kept subordinator', () => {
    expect(clauseStart('A year later Peru recognised the state.')).toBe(13);
    expect(clauseStart('after which the paper released the audio')).toBe(12);
  });
  it('is after a time phrase in commas that places the opening date ("the day after …")', () => {
    const at = (sentence: string, subject: string) =>
      expect(clauseStart(sentence), sentence).toBe(sentence.indexOf(subject));
    at(
      'On 18 May 2010, the day after the election in Oslo, the two chambers of the Parliament of Norway met.',
      'the two chambers',
    );
    at(
      'In March 2012, a week before the vote in Pristina, Denmark recalled its ambassador.',
      'Denmark recalled',
    );
    at(
      'In 1999, three months after the war began, the Polish government sent troops.',
      'the Polish government',
    );
    expect(
      mainClause(
        'On 18 May 2010, the day after the election in Oslo, the Parliament of Norway met in a joint session.',
      ).subject?.text,
    ).toBe('the Parliament of Norway');
  });
  it('is after further lower-case prepositional phrases in commas after the opening adverbial', () => {
    const at = (sentence: string, subject: string) =>
      expect(clauseStart(sentence), sentence).toBe(sentence.indexOf(subject));
    at(
      'In June 2019, under a deal brokered by Chile, Peru and Bolivia agreed to open the border.',
      'Peru and Bolivia',
    );
    at(
      'In 2015, after long talks in Lima, amid protests, Ecuador recalled its envoy.',
      'Ecuador recalled',
    );
    expect(
      mainClause(
        'In June 2019, under a deal brokered by Chile, Peru and Bolivia agreed to open the border.',
      ).subject?.text,
    ).toBe('Peru and Bolivia');
    // A noun phrase in commas after the opening is the subject, not an adverbial.
    at(
      'In 2008, the member states, including Chile, were divided on the question.',
      'the member states',
    );
    // With no opening adverbial, a lower-case phrase is no opening.
    expect(clauseStart('Peru, under pressure from Chile, recalled its envoy.')).toBe(0);
  });
  it('is the start of a sentence that opens with its subject', () => {
    expect(clauseStart('Peru said it would wait.')).toBe(0);
  });
});

describe('mainClause', () => {
  it('reads the subject of a clause cut with its subordinator ("after which the paper …")', () => {
    expect(mainClause('after which the Chilean paper El Sur released the audio').subject).toEqual({
      text: 'the Chilean paper El Sur',
      start: 12,
      end: 36,
    });
  });
  it('does not take an opening date for the subject ("In 2005 and 2006, …")', () => {
    const sentence = 'In 2005 and 2006, the Peruvian government sent a delegation to Chile.';
    expect(mainClause(sentence).subject).toMatchObject({ text: 'the Peruvian government' });
  });
  it('gives the subject as written, with its place, after an opening adverbial', () => {
    expect(mainClause('In March 2008, Peru recognised the state.').subject).toEqual({
      text: 'Peru',
      start: 15,
      end: 19,
    });
  });
  it('tells a subject that points back from one that names its actor', () => {
    expect(mainClause('He said the country would wait.').refersBack).toBe(true);
    expect(mainClause('The ministry said it would wait.').refersBack).toBe(true);
    expect(mainClause('The Peruvian ministry said it would wait.').refersBack).toBe(false);
  });
});

describe('verbForm', () => {
  it('is the form of the main verb', () => {
    expect(verbForm('Peru recognised the state.')).toBe('simple-past');
    expect(verbForm('Peru has recognised the state.')).toBe('present-perfect');
  });
});

describe('a subject the parse ends inside a name', () => {
  it('takes the capitalised "of …" words that go on, so the name inside it is whole', () => {
    expect(
      mainClause(
        'On 16 April 2024, the Parliamentary Assembly of the Council of Europe recommended that it be admitted.',
      ).subject?.text,
    ).toBe('the Parliamentary Assembly of the Council of Europe');
  });
  it('leaves a subject alone that ends in a common noun or is whole', () => {
    // The parse ends this subject at a common noun: "of Norway" is not taken on.
    expect(mainClause('The head of the mission of Norway resigned.').subject?.text).toBe(
      'The head of the mission',
    );
    expect(mainClause('Norway recognised the state of Kosovo.').subject?.text).toBe('Norway');
  });
});

describe('isPersonalName', () => {
  it('reads a person’s name as one and a body’s name as not one', () => {
    expect(isPersonalName('John Smith')).toBe(true);
    expect(isPersonalName('Polisario Front')).toBe(false);
    expect(isPersonalName('Reporters Without Borders')).toBe(false);
    // A lone capitalised common noun is no name; a surname compromise knows would be.
    expect(isPersonalName('Harbour')).toBe(false);
  });

  it('reads a name with a nationality or region in it as a body’s, not a person’s', () => {
    expect(isPersonalName('European Stability Initiative')).toBe(false);
    expect(isPersonalName('African Peace Initiative')).toBe(false);
    expect(isPersonalName('Olav Berg')).toBe(true);
  });
});

describe('nameIsVerbObject', () => {
  it('is true for a name a verb takes, directly or through one preposition', () => {
    expect(nameIsVerbObject('The court decided against Peru')).toBe(true);
    expect(nameIsVerbObject('An embassy was opened in Lima')).toBe(true);
  });
  it('is false for a name that hangs off a noun', () => {
    expect(nameIsVerbObject('He met the president of Peru')).toBe(false);
  });
});
