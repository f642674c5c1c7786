// One published statement (Belarus, February 2008) for the tests of what the site makes of it.
import { position, type Position } from '../../../../src/schemas';

export const ref = (line: number) => ({
  source: 'international-recognition-of-kosovo',
  section: ['International recognition of Kosovo'],
  line,
  anchor: `L${line}`,
  excerpt: 'fixture',
});
export const statement: Position = position.parse({
  id: 'belarus-2008-02-lukashenko',
  actor: { type: 'state', id: 'belarus', name: 'Belarus' },
  actorBasis: 'subject',
  speaker: { name: 'Alexander Lukashenko', role: 'Belarusian President' },
  speakers: [{ name: 'Alexander Lukashenko', role: 'Belarusian President' }],
  reporter: null,
  date: '2008-02',
  qualifiedDate: null,
  dateRelative: null,
  voice: 'stated',
  tellings: [{ source: 'international-recognition-of-kosovo', voice: 'stated' }],
  topic: 'kosovo',
  parties: [],
  mentions: [],
  year: 2008,
  text: 'Belarus will not recognise Kosovo.',
  context: null,
  quotes: [],
  sources: [ref(199)],
  formerIds: [],
  url: '/states/belarus/',
});
