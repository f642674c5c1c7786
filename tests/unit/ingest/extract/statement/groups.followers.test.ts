import { describe, expect, it } from 'vitest';
import { groupActor } from '../../../../../src/ingest/extract/statement/groups';

describe('followers of a cause named by "-ist" are a group of people acting for themselves', () => {
  it('makes a bare or qualified "-ists" plural an actor of its own', () => {
    expect(groupActor('Basque separatists', 'have cited')).toEqual({
      type: 'other',
      id: 'basque-separatists',
      name: 'Basque separatists',
    });
    expect(groupActor('some unionists', 'rejected')?.id).toBe('unionists');
    expect(groupActor('Serbian monarchists', 'demanded')?.id).toBe('serbian-monarchists');
  });

  it('not a definite group named before, a state organ, or a passive', () => {
    expect(groupActor('the separatists', 'rejected')).toBeNull();
    expect(groupActor('government economists', 'estimated')).toBeNull();
    expect(groupActor('Basque separatists', 'were arrested')).toBeNull();
    // Not an "-ist" plural: a thing, not people.
    expect(groupActor('Basque lists', 'were published')).toBeNull();
  });
});
