/**
 * The actor finder and person register the statement rules read with, over the project's own
 * editorial vocabulary, for tests that run one sentence through one rule.
 */
import { actorFinder } from '../../../../../src/ingest/extract/actors';
import { PersonRegistry } from '../../../../../src/ingest/extract/persons';
import { loadEditorial } from '../../../../../src/ingest/resolve/editorial';
import { buildCountryIndex } from '../../../../../src/ingest/resolve/countries';
import { buildOrganisationIndex } from '../../../../../src/ingest/resolve/organisations';
import { readWikitext } from '../../../../../src/ingest/read/wikitext';
import { extractProsePositions, registerPersons } from '../../../../../src/ingest/prosePositions';
import { mergePositions } from '../../../../../src/ingest/positions';
import { groupSentences } from '../../../../../src/ingest/extract/statements';
import {
  statementVoice,
  type VoiceEvidence,
} from '../../../../../src/ingest/extract/statement/voice';

const editorial = loadEditorial('content/editorial');
export const countries = buildCountryIndex(editorial.countries);
export const orgs = buildOrganisationIndex(editorial.organisations);
export const finder = actorFinder(countries, orgs);
export const persons = () =>
  new PersonRegistry(
    (n) => finder.mentions(n).length > 0,
    (n) => finder.mentions(n).some((m) => m.index === 0 && m.end >= n.length),
  );

/**
 * An invented article's text read as the ingest reads a source, with its people registered: what
 * the prose and table extractors take.
 */
export function fixtureArticle(text: string, title = 'Kosovo test article') {
  const doc = readWikitext(`= ${title} =\n\n${text}\n`, {
    sourceId: 'fixture',
    file: 'fixture.txt',
  });
  const register = persons();
  registerPersons(doc, finder, register);
  return { doc, persons: register };
}

/**
 * The date and qualifier `groupSentences` gives each statement of `sentences`, strictly grouped,
 * where `before[i]` is the clause of the same sentence before sentence i (with its joining words).
 */
export const datesWithClauseBefore = (sentences: string[], before: Array<string | null>) =>
  groupSentences(
    sentences,
    () => null,
    true,
    (i) => before[i] ?? null,
  ).map((p) => [p.date, p.qualified]);

/** The voice of a one-sentence statement with no date, speaker or reporter, unless `over` gives one. */
export const voiceOfSentence = (first: string, over: Partial<VoiceEvidence> = {}) =>
  statementVoice({
    text: first,
    first,
    dated: false,
    speaks: false,
    isSubject: true,
    reporter: null,
    ...over,
  });

/** An invented article read by the prose rules: its statements merged as the site shows them, and
 * the sentences left unattributed with their reasons. */
export function readFixtureArticle(text: string, title?: string) {
  const { doc, persons } = fixtureArticle(text, title);
  const { positions, unattributed } = extractProsePositions(
    doc,
    countries,
    orgs,
    persons,
    new Set(),
  );
  return { positions: mergePositions(positions, (a) => `/${a.id}/`), unattributed };
}
