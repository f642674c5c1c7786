import { describe, expect, it } from 'vitest';
import { pagePath } from '../../../../src/lib/text';

describe('pagePath', () => {
  it('reduces a page URL to the Linkable href form', () => {
    expect(pagePath('/atlas/states/france/', '/atlas/')).toBe('states/france/');
    expect(pagePath('states/france', '/atlas/')).toBe('states/france/');
    expect(pagePath('/states/france/#position-1', '/')).toBe('states/france/');
    expect(pagePath('/', '/')).toBe('');
  });
});
