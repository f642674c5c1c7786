/**
 * The timeline chart on a 390 px phone (re-check 6, #6): the chart keeps its drawn size and
 * scrolls sideways, so its y-axis must stay in view while it scrolls, and the labels that belong
 * to no point in time (the axis, the lanes' titles, the legend) must be read whole on the first
 * screen, not cut at its edge ("Only mon…", "Total stated…").
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { servedSite } from '../e2e/harness';
import { assertBuilt, basePath, distDir } from './builtSite';

assertBuilt();
const site = servedSite(distDir, basePath);
const PHONE = { width: 390, height: 844 };

const AXIS = ['0', '20', '40', '60', '80', '100', '120', 'UN member states’ recognitions so far'];
const FIXED_LABELS = [
  ...AXIS,
  'Non-UN states (3):',
  'Recognitions later withdrawn (8):',
  'one row each, in the order of their table',
  'Recognition, exact date',
  'Only month or year written',
  'No date written: inferred range',
  // the wording the event list and every page use (re-check 8, #9), not "Withdrawal reported"
  'Withdrew recognition',
  'Total stated by a source',
  'Key event',
];

interface Label {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** The topmost element at the label's centre is the label itself: nothing covers it. */
  onTop: boolean;
}

/** Every label of the timeline figure with its box on screen, and the figure's visible box. */
function labels(page: Page) {
  return page.evaluate(() => {
    const figure = document.querySelector('figure.kra-timeline')!;
    const box = figure.getBoundingClientRect();
    const texts = [...figure.querySelectorAll('svg text')].map((t) => {
      const r = t.getBoundingClientRect();
      const hit = document.elementFromPoint((r.left + r.right) / 2, (r.top + r.bottom) / 2);
      return {
        text: t.textContent ?? '',
        left: r.left,
        right: r.right,
        top: r.top,
        bottom: r.bottom,
        onTop: hit === t || t.contains(hit),
        inAxis: t.closest('svg')!.classList.contains('kra-timeline-axis'),
      };
    });
    const chart = figure
      .querySelector('svg:not(.kra-timeline-axis):not(.kra-timeline-lanes)')!
      .getBoundingClientRect();
    return {
      texts,
      figure: { left: box.left, right: box.left + figure.clientWidth },
      chart: { left: chart.left, right: chart.right },
      scroll: { width: figure.scrollWidth, client: figure.clientWidth },
    };
  });
}

const inside = (l: Label, box: { left: number; right: number }) =>
  l.left >= box.left - 0.5 && l.right <= box.right + 0.5;

/** The timeline at 390 px, the figure in view; `scrolled` first scrolls the chart to its end. */
async function onPhone<T>(check: (page: Page) => Promise<T>): Promise<T> {
  const context = await site.browser.newContext({ viewport: PHONE });
  try {
    const page = await context.newPage();
    await page.goto(`${site.server.url}timeline/`);
    await page.locator('figure.kra-timeline').scrollIntoViewIfNeeded();
    return await check(page);
  } finally {
    await context.close();
  }
}

const scrollToEnd = (page: Page) =>
  page.evaluate(() => {
    const figure = document.querySelector('figure.kra-timeline')!;
    figure.scrollLeft = figure.scrollWidth;
  });

describe('the timeline on a phone', () => {
  it('reads its axis, lane titles and legend whole on the first screen, and no label past the drawing', async () => {
    await onPhone(async (page) => {
      const first = await labels(page);
      // The chart is wider than the phone and scrolls inside its figure; the page does not.
      expect(first.scroll.width).toBeGreaterThan(first.scroll.client + 300);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        PHONE.width,
      );
      expect(first.texts.filter((l) => !inside(l, first.chart)).map((l) => l.text)).toEqual([]);
      const cut = FIXED_LABELS.filter(
        (text) => !first.texts.some((l) => l.text === text && inside(l, first.figure) && l.onTop),
      );
      expect(cut).toEqual([]);
    });
  });

  it('keeps the y-axis in view, whole and where it was, after scrolling the chart to its end', async () => {
    await onPhone(async (page) => {
      const first = await labels(page);
      await scrollToEnd(page);
      const last = await labels(page);
      expect(last.chart.left).toBeLessThan(first.chart.left - 300);
      for (const text of AXIS) {
        const shown = last.texts.filter(
          (l) => l.text === text && inside(l, last.figure) && l.onTop,
        );
        expect(shown, `“${text}” in view after scrolling`).toHaveLength(1);
        const before = first.texts.find((l) => l.text === text && l.onTop)!;
        expect(Math.round(shown[0]!.left)).toBe(Math.round(before.left));
      }
    });
  });
});
