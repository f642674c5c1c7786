import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, builtSite, elements, fileForPath, parsePage, textOf } from './builtSite';

/** The home page shows the contested totals side by side, each with who states it. */
describe('contested figures on the home page', () => {
  // Cells of each body row: what is counted, who says so, stated, computed, note.
  let rows: string[][];
  beforeAll(() => {
    assertBuilt();
    const file = fileForPath(builtSite.base, builtSite)!;
    const table = [...elements(parsePage(file))].find(
      (e) => e.tagName === 'table' && e.properties?.id === 'figures-table',
    );
    expect(table, 'figures table on the home page').toBeDefined();
    rows = [...elements(table!)]
      .filter((e) => e.tagName === 'tr')
      .map((tr) =>
        tr.children
          .filter((c) => c.type === 'element' && (c.tagName === 'th' || c.tagName === 'td'))
          .map((cell) => textOf(cell).replace(/\s+/g, ' ').trim()),
      );
  });

  it.each([
    ['Kosovo', '120'],
    ['Serbia', '84'],
    ['Third-party sources', '110'],
    ['International recognition of Kosovo', '110'],
  ])('shows %s stating %s beside the computed figure', (who, value) => {
    // Whole cells, not substrings: "84" must not be found inside "1984" or a note.
    expect(
      rows.filter(
        ([, claimant, stated, computed]) =>
          claimant === who && stated === value && computed === '110',
      ),
    ).toHaveLength(1);
  });
});

/**
 * A denial of receiving a note is shown as the claimant's own act, in words true to the source
 * ("Pacolli and Hoxhaj quickly denied that they had received any such note"), never as the
 * claimant saying the state did not recognise Kosovo.
 */
describe('a denied note on the home page and the state page', () => {
  const text = (path: string) => {
    assertBuilt();
    const file = fileForPath(`${builtSite.base}${path}`, builtSite)!;
    return textOf(parsePage(file)).replace(/\s+/g, ' ');
  };

  it.each([[''], ['states/myanmar/']])('/%s says what Kosovo denied', (path) => {
    const page = text(path);
    expect(page).toContain(
      'Kosovo denies receiving the note of recognition reported from Myanmar.',
    );
    expect(page).not.toMatch(/Kosovo says (?:[^.]*\b)?Myanmar[^.]* never recognised/);
    expect(page).not.toMatch(/Kosovo claims that Myanmar never recognised/);
  });
});
