/** Issue 15: a finding's author named before its word of kind ("a poll by the Ruritan agency"). */
import { describe, expect, it } from 'vitest';
import { readSubject } from '../../../../../src/ingest/extract/statement/subject';
import { finder, persons } from './fixtures';

const read = (s: string) => readSubject(s, finder.mentions(s), persons(), () => false);

describe("a finding's author before its word of kind", () => {
  it('is the author, without the word of kind', () => {
    expect(
      read(
        'A poll by the VOXA agency in March 2021 found that most voters backed the recognition of Kosovo.',
      ),
    ).toEqual({
      kind: 'third-party',
      actor: { type: 'other', id: 'voxa', name: 'VOXA' },
      basis: 'agent',
    });
    expect(
      read(
        'A survey by the Median Research institute found that the public was divided on Kosovo.',
      ),
    ).toEqual({
      kind: 'third-party',
      actor: { type: 'other', id: 'median-research', name: 'Median Research' },
      basis: 'agent',
    });
  });
});
