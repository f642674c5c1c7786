import { describe, expect, it, vi } from 'vitest';
import { urlSession } from '../../../../src/scripts/search/urlSession';
import { state } from './searchPageParts';

describe('urlSession: the URL as the source of truth', () => {
  const fakeWindow = (search: string) => ({
    location: { search } as Location,
    history: { pushState: vi.fn(), replaceState: vi.fn() } as unknown as History,
  });

  it('reads the state from the address bar', () => {
    const url = urlSession('/search/', fakeWindow('?q=crimea&status=Withdrawn&sort=newest'));
    expect(url.current()).toEqual(state('crimea', { status: ['Withdrawn'] }, 'newest'));
  });

  it('pushes a deliberate search, replaces while typing, and writes nothing for the same state', () => {
    const win = fakeWindow('?q=crimea');
    const url = urlSession('/search/', win);
    url.write(state('crimea'), 'push');
    expect(win.history.pushState).not.toHaveBeenCalled();
    url.write(state('serbia'), 'push');
    expect(win.history.pushState).toHaveBeenCalledWith(null, '', '/search/?q=serbia');
    url.write(state('serb'), 'replace');
    expect(win.history.replaceState).toHaveBeenCalledWith(null, '', '/search/?q=serb');
  });
});
