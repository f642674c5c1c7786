import type { SourceDocument, SourceRef } from '../schemas';
import { proseSentences } from './context';
import { findDates } from './extract/dates';
import type { CountryIndex } from './resolve/countries';
import { SUBJECT } from '../shared/subject';

export interface DatedRecognition {
  countryId: string;
  date: string;
  ref: SourceRef;
}

/**
 * Recognition dates written in prose ("France recognized Kosovo on 18 February 2008", "Egypt became
 * the 100th country to recognize Kosovo"): the state is the first one the sentence names.
 */
export function findRecognitionDates(
  doc: SourceDocument,
  countries: CountryIndex,
): DatedRecognition[] {
  const out: DatedRecognition[] = [];
  for (const { sentence, ref } of proseSentences(doc)) {
    if (
      !/\brecogni[sz](e|ed)\b/.test(sentence) ||
      /\b(not|never|refus\w*|withdr\w*)\b/.test(sentence)
    )
      continue;
    const date = findDates(sentence).find((d) => d.date.length === 10);
    const state = countries.findInText(sentence, [SUBJECT.id]);
    if (!date || !state) continue;
    // The subject must precede the verb: "the independence … recognised by 98 countries" names no one.
    const verb = sentence.search(/\brecogni[sz]/);
    if (state.index > verb) continue;
    out.push({ countryId: state.record.id, date: date.date, ref });
  }
  return out;
}
