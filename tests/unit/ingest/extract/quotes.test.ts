import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  describeSpeaker,
  findQuotes,
  isDocumentQuote,
  splitSentences,
} from '../../../../src/ingest/extract/quotes';

const ROOT = path.resolve(import.meta.dirname, '../../../..');
const article = fs
  .readFileSync(path.join(ROOT, 'content/sources/international-recognition-of-kosovo.txt'), 'utf8')
  .split('\n');

/** The Position cell of a position-table row, found by its code or entity name. */
function cell(key: string): string {
  const row = article.find((l) => new RegExp(`^\\|(?: nowrap \\|)? ${key} \\|`).test(l));
  if (!row) throw new Error(`no row ${key}`);
  return row
    .split('|')
    .slice(key === '' ? 2 : -2, -1)
    .join('|')
    .trim();
}
const sentenceWith = (text: string, words: string) => {
  const found = splitSentences(text).find((s) => s.includes(words));
  if (!found) throw new Error(`no sentence with ${words}`);
  return found;
};
const who = (text: string) => findQuotes(text).map((q) => [q.speaker, q.role]);

describe('findQuotes: speaker and role as the sentence gives them', () => {
  it.each([
    ['ARG', 'Jorge Taiana said', 'Jorge Taiana', 'Argentine Foreign Minister'],
    ['BLR', 'Lukashenko wrote', 'Alexander Lukashenko', 'Belarusian President'],
    ['AZE', 'Khazar Ibrahim', 'Khazar Ibrahim', 'spokesman of the Foreign Ministry of Azerbaijan'],
    ['CYP', 'Kozakou-Marcoullis', 'Erato Kozakou-Marcoullis', 'Cypriot Foreign Minister'],
    ['LAO', 'Lao Foreign Ministry', 'Lao Foreign Ministry', null],
    ['VCT', 'Gonsalves, said', 'Ralph Gonsalves', 'Prime Minister of St. Vincent & the Grenadines'],
    ['KAZ', 'Karim Masimov', 'Karim Masimov', 'Kazakh Prime Minister'],
    ['MOZ', 'Henrique Banze', 'Henrique Banze', 'Mozambican Deputy Foreign Minister'],
    ['LKA', 'Foreign Ministry of Sri Lanka', 'Foreign Ministry of Sri Lanka', null],
    ['MDA', 'Moldovan government said', 'Moldovan government', null],
    ['VNM', 'Le Luong Minh', 'Le Luong Minh', 'Vietnamese UN Ambassador'],
  ])('%s: the sentence with %j', (code, words, speaker, role) => {
    const quotes = findQuotes(sentenceWith(cell(code), words));
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes[0]).toMatchObject({ speaker, role });
  });

  it('keeps the quoted words without the marks', () => {
    const [quote] = findQuotes(sentenceWith(cell('CYP'), 'Kozakou-Marcoullis'));
    expect(quote!.text).toBe(
      'Cyprus will never recognize a unilateral declaration of independence outside the U.N. framework, and in particular by side-stepping the role of the Security Council',
    );
  });

  it('leaves the speaker null when the sentence attributes to a pronoun or to no one', () => {
    // "He said that Argentina will not recognise it because it "supports …""
    expect(who(sentenceWith(cell('ARG'), 'He said'))).toEqual([[null, null]]);
    // "He called Kosovo's prime minister, Hashim Thaçi, a "terrorist"": not Thaçi's words.
    expect(who(sentenceWith(cell('VEN'), 'terrorist'))).toEqual([[null, null]]);
    expect(who('"Kosovo can never be independent," is the refrain.')).toEqual([[null, null]]);
  });

  it('attributes a quotation introduced after it, and one that continues the same speech', () => {
    const mdaQuote = findQuotes(sentenceWith(cell('MDA'), 'Moldovan government said'));
    expect(mdaQuote[0]!.text).toBe('deep concerns in the Republic of Moldova');
    const arg = findQuotes(sentenceWith(cell('ARG'), 'Argentine delegation'));
    expect(arg.map((q) => q.speaker)).toEqual(['Argentine delegation', 'Argentine delegation']);
  });

  it('handles a name before its role, and an aside between name and verb', () => {
    const text =
      'In March 2008, Mourad Medelci, Algerian Foreign Minister, stated that "Algeria sympathised with all Muslim countries".';
    expect(who(text)).toEqual([['Mourad Medelci', 'Algerian Foreign Minister']]);
    const kaz = findQuotes(sentenceWith(cell('KAZ'), 'Tokayev'));
    expect(kaz[0]).toMatchObject({ speaker: 'Kassym-Jomart Tokayev', role: 'Kazakh president' });
  });
});

describe('findQuotes: what counts as a quotation', () => {
  it('finds "…", “…” and „…“ but not apostrophes', () => {
    expect(findQuotes("Kosovo's and Serbia's views differ.")).toEqual([]);
    expect(
      findQuotes('They stated that the independence procedure is “illegal” under law.').map(
        (q) => q.text,
      ),
    ).toEqual(['illegal']);
    expect(findQuotes('Der Minister sagte: „Das ist illegal.“').map((q) => q.text)).toEqual([
      'Das ist illegal.',
    ]);
  });

  it('does not split a single-quoted scare word out of a longer quotation', () => {
    const text =
      'The court held that "international law contains no \'prohibition on declarations of independence\', nor did the adoption violate it".';
    expect(findQuotes(text).map((q) => q.text)).toEqual([
      "international law contains no 'prohibition on declarations of independence', nor did the adoption violate it",
    ]);
  });

  it('finds every quotation of a whole cell, sentence by sentence', () => {
    const quotes = findQuotes(cell('ARG'));
    // "He said that …" in the sentence after Taiana's quotation is Taiana.
    expect(quotes.map((q) => q.speaker)).toEqual([
      'Jorge Taiana',
      'Jorge Taiana',
      'Argentine delegation',
      'Argentine delegation',
    ]);
  });
});

describe('splitSentences', () => {
  it('splits on sentence ends, including a missing space after the full stop', () => {
    expect(splitSentences(cell('SYC'))).toEqual([
      "In September 2012, the Seychelles' Foreign Minister, Jean-Paul Adam, said that his country was not against Kosovo's independence, and that formal recognition would occur very soon.",
      'In September 2014, Adam said that Seychelles would consider the recognition of Kosovo with utmost seriousness.',
    ]);
  });

  it('does not split after U.S., St. or No, nor inside a quotation', () => {
    const vct = splitSentences(cell('VCT'));
    expect(vct).toHaveLength(2);
    expect(vct[1]).toMatch(
      /^At a meeting in August 2011 with U\.S\. Representative, Eliot Engel, both St\. Vincent/,
    );
    expect(splitSentences(cell('LAO'))).toHaveLength(1);
    const erekat =
      '"Now we need real independence, not a declaration," said Erekat, "We need real independence. We are not Kosovo." He left.';
    expect(splitSentences(erekat)).toEqual([
      '"Now we need real independence, not a declaration," said Erekat, "We need real independence. We are not Kosovo."',
      'He left.',
    ]);
  });

  it('returns nothing for blank text', () => {
    expect(splitSentences('   ')).toEqual([]);
  });
});

describe('speaker names with a role around them', () => {
  it('moves a leading demonym into the role and splits a place-ended role from the name', () => {
    expect(
      findQuotes('In July 2012, Serb Vuk Jeremić said "it will never happen".')[0],
    ).toMatchObject({ speaker: 'Vuk Jeremić' });
    expect(
      findQuotes(
        'Russian ambassador to Serbia Aleksandr Konuzin told a Belgrade daily in June 2009 that "Russia\'s stand is rather firm".',
      )[0],
    ).toMatchObject({
      speaker: 'Aleksandr Konuzin',
      role: 'Russian ambassador to Serbia',
    });
  });
});

describe('describeSpeaker: names and roles of the subject before a verb', () => {
  it('keeps a double surname joined by "i" or "y" whole', () => {
    expect(describeSpeaker('Union general secretary Jordi Pere Vall i Roca')).toEqual({
      speaker: 'Jordi Pere Vall i Roca',
      role: 'Union general secretary',
    });
  });

  it('reads no person in a capitalised plural of bodies ("Member States")', () => {
    const found = describeSpeaker('Alliance Member States');
    expect(found === null || found === 'pronoun' ? null : found.speaker).toBeNull();
  });

  it('gives a person under whom a body acts the role after "under"', () => {
    expect(describeSpeaker('The Ruritanian government under Prime Minister Novak')).toEqual({
      speaker: 'Novak',
      role: 'Prime Minister',
    });
  });
});

describe('"he" or "she" after the sentence that named the speaker', () => {
  it('is the person who spoke in the sentence before', () => {
    const quotes = findQuotes(
      'On 3 May 2011, Juan Soto stated that recognition could harm the talks. He said that "while Peru does not oppose it, a settlement is better".',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Juan Soto']);
    expect(
      findQuotes('"We wait," said Ana Ruiz. "We will not move," she added.').map((q) => q.speaker),
    ).toEqual(['Ana Ruiz', 'Ana Ruiz']);
  });
  it('stays unnamed when the sentence before names no one speaking, or a body', () => {
    expect(findQuotes('Ana Ruiz met Juan Soto. "No," he said.').map((q) => q.speaker)).toEqual([
      null,
    ]);
    expect(
      findQuotes('The ministry stated that it was wrong. He said that "no deal".').map(
        (q) => q.speaker,
      ),
    ).toEqual([null]);
    expect(findQuotes('He said that "no deal".').map((q) => q.speaker)).toEqual([null]);
  });
});

describe('single-quoted phrases are quotes where the mark cannot be an apostrophe', () => {
  it('a phrase in single quotation marks is a quote, as the voice rule reads it', () => {
    expect(
      findQuotes(
        "Chilean papers called the vote a 'shameful farce', and a 'betrayal' of Lima.",
      ).map((q) => q.text),
    ).toEqual(['shameful farce', 'betrayal']);
    expect(findQuotes('The minister called it ‘a step back’.').map((q) => q.text)).toEqual([
      'a step back',
    ]);
  });
  it("an editor's bracket or an apostrophe inside the quoted words keeps them one quote", () => {
    expect(
      findQuotes("Norway promised 'to help all [Norway's] partners'.").map((q) => q.text),
    ).toEqual(["to help all [Norway's] partners"]);
    expect(
      findQuotes("The envoy called it 'the people's choice', then left.").map((q) => q.text),
    ).toEqual(["the people's choice"]);
    expect(
      findQuotes('Chile vowed ‘to defend [Chile’s] borders’ and ‘[its] allies’.').map(
        (q) => q.text,
      ),
    ).toEqual(['to defend [Chile’s] borders', '[its] allies']);
    expect(findQuotes("Peru's envoy and Chile's 'old friend'.").map((q) => q.text)).toEqual([
      'old friend',
    ]);
  });
  it('elisions, possessives and a single quote inside double quotation marks are not', () => {
    expect(findQuotes("The member states' rights since the '90s were rock 'n' roll.")).toEqual([]);
    expect(
      findQuotes('Ruiz said: "We reject the so-called \'new order\' of the region."').map(
        (q) => q.text,
      ),
    ).toEqual(["We reject the so-called 'new order' of the region."]);
  });
});

describe('isDocumentQuote: words written in a text, or spoken about one', () => {
  it('reads a written text named as the medium of the words', () => {
    expect(
      isDocumentQuote('In May 2009, the minister wrote in a letter to his counterpart that '),
    ).toBe(true);
    expect(isDocumentQuote('The ministry issued a communiqué saying ')).toBe(true);
    expect(isDocumentQuote('The court ruled that the plan was lawful ')).toBe(true);
    expect(isDocumentQuote("According to the ministry's website, as of 2020, ")).toBe(true);
  });

  it('reads spoken words about a text as speech', () => {
    expect(
      isDocumentQuote(
        "The envoy said in reference to the province's declaration of independence, ",
      ),
    ).toBe(false);
    expect(
      isDocumentQuote('Asked about the draft resolution, the ambassador told reporters: '),
    ).toBe(false);
    expect(isDocumentQuote('He spoke against the new treaty at the rally, calling it ')).toBe(
      false,
    );
    expect(isDocumentQuote('The president said ')).toBe(false);
  });

  it('keeps a text named as the medium after one spoken about', () => {
    expect(
      isDocumentQuote('Commenting on the resolution, the ministry released a statement saying '),
    ).toBe(true);
  });
});
