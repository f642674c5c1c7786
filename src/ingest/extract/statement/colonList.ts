/**
 * "Two more states followed early in 2011: Qatar on 7 January and Oman on 4 February.": a clause
 * whose subject counts states ("two more states", "three countries") and a list after the colon
 * that names each of them with its own date. Each listed name is the subject of the clause's act on
 * its own date: one act per name. The first item stays with the clause (it is that clause with its
 * subject given); each further item is cut off as "Oman on 4 February.", which the date rules read
 * as they read a gapped clause ("…, and Grenada the following February.").
 */
import { findDates, findYearlessDates, inYear } from '../dates';
import { mainClause } from './mainClause';

// A subject that counts states without naming them: the list after the colon names them.
const COUNTED_SUBJECT =
  /^(?:the\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+(?:more\s+|other\s+|further\s+)?(?:states|countries|governments|nations)$/i;
const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
// One item: a name of up to four capitalised words, then the date of its act ("on 7 January",
// "in March 2011", "in 2012").
const ITEM = new RegExp(
  String.raw`^((?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s+(?:on\s+(?:\d{1,2}\s+${MONTH}|${MONTH}\s+\d{1,2})|in\s+(?:early\s+|late\s+|mid-?)?${MONTH})(?:,?\s+\d{4})?$|^((?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s+in\s+\d{4}$`,
  'u',
);
// What joins the items: a comma, "and", or both.
const ITEM_JOINT = /,\s+and\s+|\s+and\s+|,\s+/g;

interface ListedItem {
  /** The name, where it starts in the sentence. */
  name: string;
  index: number;
  /** Where the item (name and date) ends in the sentence. */
  end: number;
}

/**
 * The items of such a list, each with where it stands in the sentence; null when the sentence is
 * not a counted subject's clause followed by a list of dated names that `named` all name.
 */
function listedItems(sentence: string, named: (text: string) => boolean): ListedItem[] | null {
  const colon = sentence.indexOf(':');
  if (colon < 0 || sentence.indexOf(':', colon + 1) >= 0) return null;
  const head = sentence.slice(0, colon);
  const clause = mainClause(head);
  if (!clause.subject || !clause.verb) return null;
  if (!COUNTED_SUBJECT.test(clause.subject.text.trim())) return null;
  const tailStart = colon + 1 + (/^\s*/.exec(sentence.slice(colon + 1))?.[0].length ?? 0);
  const tail = sentence.slice(tailStart).replace(/\.\s*$/, '');
  const items: ListedItem[] = [];
  let from = 0;
  const joints = [...tail.matchAll(ITEM_JOINT), { index: tail.length, 0: '' }];
  for (const joint of joints) {
    const text = tail.slice(from, joint.index);
    const m = ITEM.exec(text);
    if (!m) return null;
    const name = (m[1] ?? m[2])!;
    if (!named(name)) return null;
    items.push({ name, index: tailStart + from, end: tailStart + joint.index });
    from = joint.index + joint[0].length;
  }
  return items;
}

/**
 * The sentence cut into one act per listed name: the clause with its first item, then each further
 * item alone. Unchanged ([sentence]) when it is no such list or lists fewer than two names.
 */
export function colonListActs(sentence: string, named: (text: string) => boolean): string[] {
  const items = listedItems(sentence, named);
  if (!items || items.length < 2) return [sentence];
  return [
    sentence.slice(0, items[0]!.end).trim(),
    ...items.slice(1).map((item, i) =>
      sentence
        .slice(item.index, i === items.length - 2 ? sentence.length : item.end)
        .trim()
        .replace(/,$/, ''),
    ),
  ];
}

/**
 * In "Two more states followed early in 2011: Qatar on 7 January" (a list's first item kept with
 * its clause), the one listed name stands for the counted subject: where it starts, or null.
 */
export function listedSubject(
  sentence: string,
  named: (text: string) => boolean,
): { text: string; index: number } | null {
  const items = listedItems(sentence, named);
  if (!items || items.length !== 1) return null;
  return { text: items[0]!.name, index: items[0]!.index };
}

/**
 * The date of the one listed item's act in such a clause: the item's own ("Qatar on 7 January"),
 * in the year the clause gives ("early in 2011") when the item writes none. Null when the sentence
 * is no such clause, or neither gives a year.
 */
export function listedItemDate(sentence: string): string | null {
  const items = listedItems(sentence, () => true);
  if (!items || items.length !== 1) return null;
  const item = sentence.slice(items[0]!.index + items[0]!.name.length, items[0]!.end);
  const written = findDates(item)[0];
  if (written) return written.date;
  const day = findYearlessDates(item)[0];
  const year = findDates(sentence.slice(0, sentence.indexOf(':')))
    .at(-1)
    ?.date.slice(0, 4);
  return day && year ? inYear(day, Number(year)) : null;
}
