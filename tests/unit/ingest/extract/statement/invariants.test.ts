/**
 * Issue 15's "Done when" invariants over the real ingest: no third party's report shown as the
 * act of a state, no statement that tells two dated acts, no date lost that its own clause gives.
 * The checks read the statements' words with patterns of their own, not with the rules under test.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAtlas } from '../../../../../src/ingest/loadAtlas';
import type { AtlasData, Position } from '../../../../../src/schemas';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const M = `(?:${MONTHS.join('|')})`;
// "17 February 2008", "February 17, 2008", "February 2008", "2008".
const DATE = `(?:\\d{1,2}\\s+${M}\\s+\\d{4}|${M}\\s+\\d{1,2},\\s+\\d{4}|${M}\\s+\\d{4}|\\d{4})`;
const ADVERBIAL = `(?:[Ii]n|[Oo]n|[Dd]uring)\\s+(?:early\\s+|late\\s+|mid-)?(${DATE})\\b`;

/** The written date at the precision written, read here without the ingest's date rules. */
function isoOf(written: string): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const month = (name: string) => pad(MONTHS.indexOf(name) + 1);
  let m = new RegExp(`^(\\d{1,2})\\s+(${M})\\s+(\\d{4})$`).exec(written);
  if (m) return `${m[3]}-${month(m[2]!)}-${pad(Number(m[1]))}`;
  m = new RegExp(`^(${M})\\s+(\\d{1,2}),\\s+(\\d{4})$`).exec(written);
  if (m) return `${m[3]}-${month(m[1]!)}-${pad(Number(m[2]))}`;
  m = new RegExp(`^(${M})\\s+(\\d{4})$`).exec(written);
  if (m) return `${m[2]}-${month(m[1]!)}`;
  return written;
}

const withoutQuotes = (text: string) => text.replace(/["“][^"”]*["”]/g, '""');
const show = (p: Position) => `${p.id}: ${p.text.slice(0, 100)}`;

let data: AtlasData;
beforeAll(async () => {
  data = await loadAtlas();
}, 120_000);

describe('statements over the real ingest', () => {
  it('show no third party’s report as the act of a state (a poll, a study, a group, a named NGO)', () => {
    // Third parties the ingest itself names as actors of their own ("Amnesty International").
    const others = [
      ...new Set(
        data.positions
          .filter((p) => p.actor.type === 'other' && p.actor.id !== 'kosovo')
          .map((p) => p.actor.name),
      ),
    ].filter((name) => /^\p{Lu}/u.test(name) && name.length > 3);
    const lead = '^(?:(?:In|On|During|However|Also|Later)\\b[^,]{0,40},\\s+)?';
    const thirdParty = new RegExp(
      `${lead}(?:According to\\s+(?:a|an|the)\\s+(?:\\d{4}\\s+)?(?:[\\w-]+\\s+){0,2}(?:poll|study|survey|report|paper|newspaper)\\b|(?:A|An|One)\\s+(?:\\d{4}\\s+)?(?:[\\w-]+\\s+){0,2}(?:poll|study|survey)\\b|(?:Some|Several|Many|Most)\\s+(?:[\\w,-]+\\s+){0,4}(?:journalists|respondents|scholars|papers|newspapers|representatives|observers|analysts|deputies)\\b)`,
    );
    const opensWithOther = (text: string) =>
      others.some((name) => new RegExp(`${lead}(?:The\\s+)?${escape(name)}\\b`).test(text));
    const wrong = data.positions
      .filter((p) => p.actor.type === 'state')
      .filter((p) => thirdParty.test(p.text) || opensWithOther(p.text))
      .map(show);
    expect(wrong).toEqual([]);
  });

  it('tell one dated act each: no two clause-opening date adverbials with different dates', () => {
    const opening = new RegExp(
      `(?:^|[.;]\\s+|,\\s+(?:and|but)\\s+)(?:(?:later|then)\\s+)?${ADVERBIAL}`,
      'g',
    );
    const two = data.positions
      .filter((p) => {
        const dates = new Set(
          [...withoutQuotes(p.text).matchAll(opening)].map((m) => isoOf(m[1]!)),
        );
        return dates.size > 1;
      })
      .map(show);
    expect(two).toEqual([]);
  });

  it('keep Kosovo’s memberships that the sources tell as accessions, now events', () => {
    const member = (id: string) => data.organisations.find((o) => o.id === id)?.kosovoMembership;
    expect(member('world-bank')).toMatchObject({ status: 'member', since: '2009-06-29' });
    expect(member('fifa')).toMatchObject({ status: 'member' });
    expect(member('world-customs-organization')).toMatchObject({
      status: 'member',
      since: '2017-03-03',
    });
    expect(member('interpol')).toMatchObject({ status: 'rejected' });
  });

  it('lose no date their own clause opens with ("In June 2009, …")', () => {
    // "In 2020 UEFA European … qualification, the teams …" opens with a name, not a date.
    const opens = new RegExp(
      `^${ADVERBIAL}(?:,|\\s(?!\\p{Lu}[\\p{L}\\d-]*(?:\\s+\\p{Lu}[\\p{L}\\d-]*)+(?:\\s+\\p{Ll}+)?,))`,
      'u',
    );
    const lost = data.positions
      .flatMap((p) => {
        const m = opens.exec(p.text);
        if (!m) return [];
        const written = isoOf(m[1]!);
        return p.date === written ? [] : [`${show(p)} — dated ${p.date}, its clause ${written}`];
      })
      .filter(Boolean);
    expect(lost).toEqual([]);
  });

  it('name as `speaker` the first of `speakers` with a name, as the schema says', () => {
    const off = data.positions.flatMap((p) => {
      const first = p.speakers.find((s) => s.name !== null);
      const expected = first ? { name: first.name, role: first.role } : null;
      return JSON.stringify(p.speaker ?? null) === JSON.stringify(expected) || (!first && p.speaker)
        ? []
        : [
            `${show(p)} — speaker ${JSON.stringify(p.speaker)}, first named ${JSON.stringify(first)}`,
          ];
    });
    expect(off).toEqual([]);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
