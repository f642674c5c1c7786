import { describe, expect, it } from 'vitest';
import {
  findStatementDate,
  splitStatementHeading,
  toDateTimeAttribute,
} from '../../../../src/scripts/search/statementDate';
import { qualifiedDate } from '../../../../src/schemas/position';
import { statementWhen } from '../../../../src/lib/site/statement';

describe('findStatementDate', () => {
  it.each([
    ['Statement by Ivica Dačić, 17 February 2008', '17 February 2008'],
    ['Foreign ministry, 2011-03-04: note verbale', '2011-03-04'],
    ['Remarks of March 3, 2012', 'March 3, 2012'],
    ['Withdrawal (Nov. 2017)', 'Nov. 2017'],
    ['Position as of 2019', '2019'],
  ])('reads %j', (heading, expected) => {
    expect(findStatementDate(heading)).toBe(expected);
  });

  it('returns undefined when there is no date', () => {
    expect(findStatementDate('Diplomatic relations')).toBeUndefined();
  });
});

describe('toDateTimeAttribute', () => {
  it.each([
    ['17 February 2008', '2008-02-17'],
    ['March 3, 2012', '2012-03-03'],
    ['Nov. 2017', '2017-11'],
    ['2019', '2019'],
    ['2011-03-04', '2011-03-04'],
  ])('%j → %j', (phrase, expected) => {
    expect(toDateTimeAttribute(phrase)).toBe(expected);
  });
});

describe('splitStatementHeading', () => {
  it.each([
    ['Ivica Dačić, 17 February 2012', { label: 'Ivica Dačić', date: '17 February 2012' }],
    // the format the statement pages use
    [
      'February 2008 — Alexander Lukashenko, Belarusian President',
      { label: 'Alexander Lukashenko, Belarusian President', date: 'February 2008' },
    ],
    ['17 February 2008 — Serbia', { label: 'Serbia', date: '17 February 2008' }],
    ['Undated — Belarus', { label: 'Undated — Belarus' }],
    [
      '17 February 2008: declaration of independence',
      { label: 'declaration of independence', date: '17 February 2008' },
    ],
    ['Withdrawal (Nov. 2017)', { label: 'Withdrawal', date: 'Nov. 2017' }],
    [
      'Foreign ministry on 2011-03-04, note verbale',
      { label: 'Foreign ministry on, note verbale', date: '2011-03-04' },
    ],
    ['2019', { label: '2019', date: '2019' }],
    ['Diplomatic relations', { label: 'Diplomatic relations' }],
    // a qualified date keeps its word (the label read "As of — France")
    ['As of 2011 — France', { label: 'France', date: 'as of 2011' }],
    ['After 17 February 2008 — Taiwan', { label: 'Taiwan', date: 'after 17 February 2008' }],
    ['Statement by Ivica Dačić, 2012', { label: 'Statement by Ivica Dačić', date: '2012' }],
  ])('%j', (heading, expected) => {
    expect(splitStatementHeading(heading)).toEqual(expected);
  });

  it('keeps every qualifier the schema allows with its date, as statement headings write it', () => {
    for (const qualifier of qualifiedDate.shape.qualifier.options) {
      const when = statementWhen({ date: null, qualifiedDate: { qualifier, date: '2011-05' } });
      expect(splitStatementHeading(`${when} — France`)).toEqual({
        label: 'France',
        date: `${qualifier} May 2011`,
      });
    }
  });
});
