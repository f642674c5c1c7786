/**
 * Build-time pictures as SVG strings: pure functions of the validated data, wrapped by the
 * components in src/components/charts/. Nothing here runs in the browser.
 */
export {
  renderStatusMap,
  statusMapCaption,
  describeState,
  type RenderedStatusMap,
  type StatusMapOptions,
} from './statusMap';
export {
  statesMissingFromMap,
  placementOf,
  EXPECTED_MISSING,
  type MissingState,
} from './mapCoverage';
export {
  renderTimeline,
  placeRecognitions,
  cumulativeFigures,
  KEY_EVENT_KINDS,
  type RenderedTimeline,
} from './timeline';
export {
  renderTallyBar,
  tallyCounts,
  tallyCaption,
  statedTallyTexts,
  type RenderedTally,
} from './tally';
export { MAP_LEGEND, mapStatusOf, statusClass, countStatuses, type MapStatus } from './status';
