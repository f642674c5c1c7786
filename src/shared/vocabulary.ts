/**
 * The one vocabulary of a country's names: its names, the short forms and abbreviations the
 * sources write, and its demonyms — from the country-data package (world-countries) and the
 * editorial files (names.yaml, countries.yaml). The ingest's country index (and so its actor
 * finder) and the pages' cross-links both read it, so a name the ingest resolves is the name a
 * page links. Node only (it reads the editorial folder).
 */
import worldCountries from 'world-countries';
import { editorialNames } from './editorial';

type Country = (typeof worldCountries)[number];

export interface CountryVocabulary {
  /** Its common and official names. */
  names: string[];
  /** Alternative spellings worth matching: Latin script, no inverted index form, longer than codes. */
  altSpellings: string[];
  /** Short forms the sources write ("Ivory Coast"), matched as written. */
  shortForms: readonly string[];
  /** Abbreviations ("UK", "US"), which only count where case and context say so. */
  abbreviations: readonly string[];
  /** English demonyms, the package's and the editorial ones. */
  demonyms: string[];
}

// Latin script, not an inverted index form ("Korea, Republic of"), and longer than the two- and
// three-letter codes the package lists.
function usableAltSpelling(name: string): boolean {
  return name.length > 3 && !name.includes(',') && /^[\p{Script=Latin}\p{M}\s'’.()-]+$/u.test(name);
}

export function countryVocabulary(country: Country): CountryVocabulary {
  const editorial = editorialNames();
  const short = editorial.shortForms[country.cca3];
  const english = country.demonyms?.['eng'];
  return {
    names: [country.name.common, country.name.official],
    altSpellings: country.altSpellings.filter(usableAltSpelling),
    shortForms: short?.names ?? [],
    abbreviations: short?.abbreviations ?? [],
    demonyms: [
      ...new Set(
        [english?.m, english?.f, ...(editorial.demonyms[country.cca3] ?? [])].filter(
          (d): d is string => !!d,
        ),
      ),
    ],
  };
}

/**
 * Every demonym the vocabulary knows: each country's (the package's and the editorial ones) and
 * those of the entities the package has no record of, the subject's among them.
 */
export function allDemonyms(): ReadonlySet<string> {
  return new Set([
    ...worldCountries.flatMap((c) => countryVocabulary(c).demonyms),
    ...Object.values(editorialNames().entities).flatMap((e) => e.demonyms),
  ]);
}
