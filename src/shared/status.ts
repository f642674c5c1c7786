/**
 * The status vocabulary: how the site names a state's recognition status, in every place that
 * names one (badges, filters, legends, the map). One word set, so a status never reads two ways.
 */
import type { RecognitionStatus } from '../schemas';
import { SUBJECT } from './subject';

/** The order statuses are listed in, everywhere. */
export const STATUS_ORDER: readonly RecognitionStatus[] = [
  'recognised',
  'withdrawn',
  'not-recognised',
];

/** Short label, also the value of the Pagefind `status` filter ("Recognised", …): a public value. */
export const STATUS_LABEL: Record<RecognitionStatus, string> = {
  recognised: 'Recognised',
  withdrawn: 'Withdrawn',
  'not-recognised': 'Not recognised',
};

/** What the state does, as a legend line ("Recognises Kosovo"). */
export const STATUS_LEGEND: Record<RecognitionStatus, string> = {
  recognised: `Recognises ${SUBJECT.name}`,
  withdrawn: 'Withdrew recognition',
  'not-recognised': `Does not recognise ${SUBJECT.name}`,
};

/** What the label means, for legends and table captions. */
export const STATUS_DESCRIPTION: Record<RecognitionStatus, string> = {
  recognised: `recognises ${SUBJECT.name} as an independent state`,
  withdrawn: `recognised ${SUBJECT.name}, then withdrew recognition`,
  'not-recognised': `does not recognise ${SUBJECT.name} as an independent state`,
};

/** What the state does, after its name, for one state and for several ("5 members do not recognise X"). */
export const STATUS_VERB: Record<RecognitionStatus, readonly [one: string, many: string]> = {
  recognised: [`recognises ${SUBJECT.name}`, `recognise ${SUBJECT.name}`],
  withdrawn: [
    `recognised ${SUBJECT.name} and withdrew recognition`,
    `recognised ${SUBJECT.name} and withdrew recognition`,
  ],
  'not-recognised': [`does not recognise ${SUBJECT.name}`, `do not recognise ${SUBJECT.name}`],
};
