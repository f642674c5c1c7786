import { describe, expect, it } from 'vitest';
import {
  mergeNames,
  minifyCss,
  namesIn,
  pruneCss,
  pruneCustomProperties,
  selectorMayMatch,
} from '../../../../src/lib/site/inlineCss';

const names = (classes: string[], tags: string[]) => ({
  classes: new Set(classes),
  tags: new Set(tags),
});

describe('minifyCss', () => {
  it('drops comments, line breaks, spaces around punctuation, last semicolons and leading zeros', () => {
    expect(
      minifyCss(`/* the badge */
.badge > a ,
.pill {
  margin : 0.5rem -0.25em;
  color: red !important;
}
@media print {
  a::after { content: " <" attr(href) ">"; }
}`),
    ).toBe(
      '.badge>a,.pill{margin:.5rem -.25em;color:red!important}@media print{a::after{content:" <" attr(href) ">"}}',
    );
  });
});

describe('namesIn and mergeNames', () => {
  it('collects class names and element names of the markup', () => {
    const found = namesIn(
      '<main class="page  wide"><p class="lead">Hi</p><my-map></my-map></main>',
    );
    expect([...found.classes]).toEqual(['page', 'wide', 'lead']);
    expect([...found.tags]).toEqual(['main', 'p', 'my-map']);
    const merged = mergeNames(found, namesIn('<table class="data"></table>'));
    expect([...merged.classes]).toEqual(['page', 'wide', 'lead', 'data']);
    expect([...merged.tags]).toEqual(['main', 'p', 'my-map', 'table']);
  });
});

describe('selectorMayMatch', () => {
  const used = names(['badge', 'lead'], ['p', 'a']);

  it.each([
    ['.badge', true],
    ['p.lead > a:hover', true],
    ['html body .lead', true],
    [':root', true],
    ['a[href^="#"]::after', true],
    ['.lead:not(.hidden)', true],
    ['.withdrawn', false],
    ['table', false],
    ['p .badge.withdrawn', false],
    ['.lead + table', false],
  ])('%s → %s', (selector, expected) => {
    expect(selectorMayMatch(selector, used)).toBe(expected);
  });
});

describe('pruneCss', () => {
  it('keeps a rule while any of its selectors may match, inside media blocks too, and at-rules whole', () => {
    const css =
      '.badge,.withdrawn{color:red}table{width:100%}@media (max-width:40em){.lead{margin:0}table td{padding:0}}@media print{table{border:0}}@font-face{font-family:x}';
    expect(pruneCss(css, names(['badge', 'lead'], ['p']))).toBe(
      '.badge{color:red}@media (max-width:40em){.lead{margin:0}}@font-face{font-family:x}',
    );
  });
});

describe('pruneCustomProperties', () => {
  it('drops custom properties no rule reads, wherever they stand in the declarations', () => {
    expect(
      pruneCustomProperties(':root{--used:1px;--unused:2px}a{margin:var(--used);--last:0}'),
    ).toBe(':root{--used:1px}a{margin:var(--used)}');
  });
});
