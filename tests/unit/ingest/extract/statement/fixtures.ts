/**
 * The actor finder and person register the statement rules read with, over the project's own
 * editorial vocabulary, for tests that run one sentence through one rule.
 */
import { actorFinder } from '../../../../../src/ingest/extract/actors';
import { PersonRegistry } from '../../../../../src/ingest/extract/persons';
import { loadEditorial } from '../../../../../src/ingest/resolve/editorial';
import { buildCountryIndex } from '../../../../../src/ingest/resolve/countries';
import { buildOrganisationIndex } from '../../../../../src/ingest/resolve/organisations';

const editorial = loadEditorial('content/editorial');
export const countries = buildCountryIndex(editorial.countries);
export const orgs = buildOrganisationIndex(editorial.organisations);
export const finder = actorFinder(countries, orgs);
export const persons = () =>
  new PersonRegistry(
    (n) => finder.mentions(n).length > 0,
    (n) => finder.mentions(n).some((m) => m.index === 0 && m.end >= n.length),
  );
