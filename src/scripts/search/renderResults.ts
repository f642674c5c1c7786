// Builds the result list items. Text from the index goes in via textContent; only excerpts
// (which carry <mark>) go in as HTML, after sanitiseExcerpt keeps nothing but <mark>.
import { sanitiseExcerpt } from './escapeHtml';
import { withCutMarks } from './excerptCuts';
import type { ResultData, SubResult } from './pagefindClient';
import { findStatementDate, splitStatementHeading, toDateTimeAttribute } from './statementDate';
import { landOnLines } from './lineTargets';
import { foldedWords } from './ranking';
import { foldedSpellings, wordsOf } from '../../shared/wordAliases';

/** Sub-results shown per page before "n more matches on this page". */
const MAX_SUB_RESULTS = 3;

const KIND_LABELS: Record<string, string> = {
  state: 'State',
  organisation: 'Organisation',
  source: 'Source article',
  person: 'Person',
  actor: 'Other actor',
};

export function kindLabel(kind: string): string {
  return KIND_LABELS[kind] ?? kind;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

function excerptParagraph(
  excerpt: string,
  className: string,
  content: string | undefined,
): HTMLParagraphElement {
  const paragraph = element('p', { class: className });
  paragraph.innerHTML = withCutMarks(sanitiseExcerpt(excerpt), excerpt, content);
  return paragraph;
}

function dateElement(phrase: string): HTMLTimeElement {
  const datetime = toDateTimeAttribute(phrase);
  return element('time', datetime ? { datetime } : {}, phrase);
}

/**
 * Sub-results that point into the page (the page-top section repeats the main excerpt).
 * The year filter selects whole pages, so statements from the chosen years are moved first. Then
 * the statements whose heading names the query come first: a statement's heading names who speaks
 * ("February 2008 — Alexander Lukashenko"), so a search for a person lists what they said above
 * statements that merely mention them, which Pagefind ranks by word frequency alone.
 */
export function statementSubResults(
  result: ResultData,
  preferredYears: readonly string[] = [],
  query = '',
): SubResult[] {
  const statements = result.sub_results.filter((sub) => sub.anchor !== undefined);
  const inPreferredYear = (sub: SubResult): boolean =>
    preferredYears.some((year) => findStatementDate(sub.title)?.includes(year) ?? false);
  const words = foldedWords(query);
  const headingNamesQuery = (sub: SubResult): boolean => {
    // Every spelling a reader may type for the heading's words ("Łukašenka" → lukasenka).
    const heading = new Set(wordsOf(sub.title).flatMap(foldedSpellings));
    return words.length > 0 && words.every((word) => heading.has(word));
  };
  const rank = (sub: SubResult): number =>
    (preferredYears.length > 0 && !inPreferredYear(sub) ? 2 : 0) + (headingNamesQuery(sub) ? 0 : 1);
  // A stable sort keeps Pagefind's order within each rank.
  return [...statements].sort((a, b) => rank(a) - rank(b));
}

function renderSubResult(sub: SubResult, content: string | undefined): HTMLLIElement {
  const item = element('li', { class: 'search-sub-result' });
  const { label, date } = splitStatementHeading(sub.title);
  item.append(element('a', { href: sub.url }, label));
  if (date !== undefined) {
    const meta = element('span', { class: 'search-sub-result-date' }, '— ');
    meta.append(dateElement(date));
    item.append(' ', meta);
  }
  item.append(
    excerptParagraph(withoutLeadingHeading(sub.excerpt, sub.title), 'search-excerpt', content),
  );
  return item;
}

/**
 * Pagefind starts a section's excerpt with its heading text, which the link already shows.
 * Only an unhighlighted heading is dropped: a highlighted one shows where the match is.
 */
export function withoutLeadingHeading(excerpt: string, heading: string): string {
  // Compared character by character as text: Pagefind writes an apostrophe or quote raw or as
  // an entity other than escapeHtml's ("Russia's" against "Russia&#39;s"), and a tag means a
  // highlighted heading, which stays.
  const prefix = `${heading}. `;
  let at = 0;
  for (const char of prefix) {
    const entity = /^&(#x?[0-9a-f]+|[a-z]+);/i.exec(excerpt.slice(at));
    if (entity && decodeEntity(entity[1]!) === char) at += entity[0].length;
    else if (excerpt[at] === char && char !== '<' && char !== '&') at += 1;
    else return excerpt;
  }
  return at < excerpt.length ? excerpt.slice(at) : excerpt;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntity(name: string): string | undefined {
  if (name.startsWith('#'))
    return String.fromCodePoint(
      name[1] === 'x' || name[1] === 'X'
        ? parseInt(name.slice(2), 16)
        : parseInt(name.slice(1), 10),
    );
  return NAMED_ENTITIES[name.toLowerCase()];
}

export function renderResult(
  found: ResultData,
  position: number,
  preferredYears: readonly string[] = [],
  query = '',
): HTMLLIElement {
  const result = landOnLines(found);
  const title = result.meta.title ?? result.url;
  const item = element('li', { class: 'search-result', 'data-result-position': String(position) });

  const heading = element('h2', { class: 'search-result-title' });
  heading.append(element('a', { href: result.url }, title));
  item.append(heading);

  const facts = [result.filters.kind?.[0], result.meta.status].filter((fact): fact is string =>
    Boolean(fact),
  );
  if (facts.length > 0) {
    const factList = element('p', { class: 'search-result-facts' });
    const kind = result.filters.kind?.[0];
    if (kind !== undefined)
      factList.append(element('span', { class: 'search-result-kind' }, kindLabel(kind)));
    if (result.meta.status !== undefined) {
      if (kind !== undefined) factList.append(' · ');
      factList.append(
        element('span', { class: 'search-result-status' }, `Status: ${result.meta.status}`),
      );
    }
    item.append(factList);
  }

  const statements = statementSubResults(result, preferredYears, query);
  if (statements.length === 0) {
    item.append(excerptParagraph(result.excerpt, 'search-excerpt', result.content));
    return item;
  }
  const list = element('ul', {
    class: 'search-sub-results',
    'aria-label': `Matching sections of ${title}`,
  });
  for (const sub of statements.slice(0, MAX_SUB_RESULTS))
    list.append(renderSubResult(sub, result.content));
  item.append(list);
  const hidden = statements.length - MAX_SUB_RESULTS;
  if (hidden > 0) {
    const more = element('p', { class: 'search-more-on-page' });
    more.append(
      element(
        'a',
        { href: result.url },
        `${hidden} more matching ${hidden === 1 ? 'section' : 'sections'} on this page`,
      ),
    );
    item.append(more);
  }
  return item;
}
