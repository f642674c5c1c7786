import { describe, expect, it } from 'vitest';
import { withoutHatnote } from '../../../../src/lib/site/hatnote';

describe('withoutHatnote: a pointer to another article is not a fact about the relations', () => {
  it('drops a lone pointer, with or without its full stop', () => {
    expect(withoutHatnote('See Belarus–Libya relations.')).toBeNull();
    expect(withoutHatnote('See Chile–Peru relations')).toBeNull();
    expect(withoutHatnote('Main article: Foreign relations of Chile')).toBeNull();
  });

  it('keeps what the note says after the pointer, and notes with no pointer', () => {
    expect(withoutHatnote('See Chile–Peru relations. Embassies opened in 1994.')).toBe(
      'Embassies opened in 1994.',
    );
    expect(withoutHatnote('Relations were established on 2 May 1993.')).toBe(
      'Relations were established on 2 May 1993.',
    );
    expect(withoutHatnote('Seen as a key partner since 1995.')).toBe(
      'Seen as a key partner since 1995.',
    );
    expect(withoutHatnote(null)).toBeNull();
  });
});
