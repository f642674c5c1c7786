/**
 * "Cite this" for a statement, formatted at build time by citation-js (CSL styles and BibTeX
 * from the maintained library rather than string templates). The citation names the speaker, the
 * date as written, the Atlas permalink with its anchor and the source article it was read from.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import type { Position, Source } from '../../schemas';
import { plainText } from '../../shared/text';

// BibTeX in UTF-8, as biblatex reads it: the plugin's ASCII-only default turns letters it has no
// LaTeX macro for (Cyrillic, Greek) into nothing or into math-mode garbage.
// The citation key is `citationKey` (surname or actor, and year, in ASCII): the plugin's own
// author-year key is "undefined2008…" for a name in another script.
const bibtexFormat = (
  plugins.config.get('@bibtex') as { format: { asciiOnly: boolean; useIdAsLabel: boolean } }
).format;
bibtexFormat.asciiOnly = false;
bibtexFormat.useIdAsLabel = true;
import { absoluteUrl, positionHref, sourceRefHref } from './url';
import { stripDiacritics } from '../../shared/text';
import { SUBJECT } from '../../shared/subject';
import { SITE_NAME } from './title';

export interface CitationInput {
  position: Pick<Position, 'id' | 'date' | 'actor' | 'speaker' | 'sources'>;
  /** Absolute permalink of the statement (page URL with `#<id>`). */
  url: string;
  /** The article the statement was read from (its first source line) and that line's absolute URL. */
  source: Pick<Source, 'title' | 'publisher'>;
  sourceUrl: string;
}

export interface Citation {
  /** A formatted reference (APA; "n.d." when undated) followed by the source line it was read from. */
  reference: string;
  bibtex: string;
  /** CSL-JSON, pretty-printed. */
  csl: string;
}

/**
 * The BibTeX key a reader expects: the speaker's surname (the last word of the name as the source
 * gives it), else the actor's name, and the year — "Lukashenko2008", "Belarus2008", "Serbiand".
 * (citation-js would take the first word of a literal author: "Alexander2008Statement".)
 */
export function citationKey(position: Pick<Position, 'date' | 'actor' | 'speaker'>): string {
  const ascii = (name: string) => stripDiacritics(name).replace(/[^A-Za-z0-9]+/g, '');
  const surname = position.speaker
    ? ascii(position.speaker.name.trim().split(/\s+/).at(-1) ?? position.speaker.name)
    : '';
  // A surname in another script ("Јеремић") has no ASCII letters: the actor's name instead.
  return `${surname || ascii(position.actor.name) || 'Statement'}${position.date?.slice(0, 4) ?? 'nd'}`;
}

/** The statement as a CSL-JSON item. */
export function statementCsl({
  position,
  url,
  source,
  sourceUrl,
}: CitationInput): Record<string, unknown> {
  // Plain text only: a tag in a name or title would otherwise become \\textbf in BibTeX.
  const who = plainText(position.speaker?.name ?? position.actor.name);
  const role = position.speaker?.role ? plainText(position.speaker.role) : undefined;
  const title = plainText(source.title);
  const publisher = plainText(source.publisher);
  const parts = position.date?.split('-').map(Number);
  const line = position.sources[0]?.line;
  return {
    id: position.id,
    'citation-key': citationKey(position),
    type: 'webpage',
    author: [{ literal: who }],
    title: `Statement on ${SUBJECT.name} by ${who}${role ? `, ${role}` : ''}${position.speaker && position.actor.type !== 'other' && !role ? ` (${plainText(position.actor.name)})` : ''}`,
    'container-title': SITE_NAME,
    ...(parts ? { issued: { 'date-parts': [parts] } } : {}),
    URL: url,
    source: title,
    note: `Read from “${title}” (${publisher})${line ? `, line ${line}` : ''}: ${sourceUrl}`,
  };
}

// Fields BibTeX reads verbatim; every other field is LaTeX, where & % # _ $ must be escaped.
const VERBATIM_FIELDS = new Set(['url', 'doi', 'eprint']);

/**
 * Escapes LaTeX's special characters in the values of non-verbatim fields. With `asciiOnly` off
 * the plugin leaves them as they are, and an unescaped "&" or "#" breaks biblatex.
 */
export function escapeBibtexSpecials(bibtex: string): string {
  return bibtex.replace(
    /^(\s*)([\w-]+)( = \{)(.*)(\},?)$/gm,
    (all, indent, field, open, value, close) =>
      VERBATIM_FIELDS.has(field.toLowerCase())
        ? all
        : `${indent}${field}${open}${value.replace(/(?<!\\)([&%#_$])/g, '\\$1')}${close}`,
  );
}

export function formatCitation(input: CitationInput): Citation {
  const item = statementCsl(input);
  const cite = new Cite(item);
  const apa = cite
    .format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' })
    .trim();
  const line = input.position.sources[0]?.line;
  // APA has no slot for the article a statement was read from; it follows the reference.
  return {
    reference: `${apa} Read from “${input.source.title}” (${input.source.publisher})${line ? `, line ${line}` : ''}.`,
    bibtex: escapeBibtexSpecials(cite.format('bibtex').trim()),
    csl: JSON.stringify([item], null, 2),
  };
}

/**
 * The citation of a statement as published at `site` + `base`; null when its source is unknown.
 * One place builds it, so the page and the /cite/ files always agree.
 */
export function citeStatement(
  position: Position,
  sourceById: ReadonlyMap<string, Pick<Source, 'title' | 'publisher'>>,
  site: URL | string | undefined,
  base: string,
): Citation | null {
  const first = position.sources[0];
  const source = first ? sourceById.get(first.source) : undefined;
  if (!first || !source) return null;
  return formatCitation({
    position,
    url: absoluteUrl(site, positionHref(base, position)),
    source,
    sourceUrl: absoluteUrl(site, sourceRefHref(base, first)),
  });
}

/** Where a statement's BibTeX and CSL-JSON are published: `/cite/<id>.bib`, `/cite/<id>.json`. */
export const citationFileHref = (base: string, id: string, format: 'bib' | 'json'): string =>
  `${base.endsWith('/') ? base : `${base}/`}cite/${id}.${format}`;
