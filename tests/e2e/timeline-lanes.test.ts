/**
 * Pages review 9, #11: on a 390 px phone the timeline scrolls sideways; scrolled to its end, each
 * lane below the axis still shows its title and its rows' state names at the screen's left edge.
 */
import { describe, expect, it } from 'vitest';
import { servedSite } from './harness';
import { assertBuilt, basePath, distDir } from '../site/builtSite';

assertBuilt();
const site = servedSite(distDir, basePath);
const PHONE = { width: 390, height: 844 };

describe('the timeline’s lanes on a phone', () => {
  it('keep their titles and row names in view when the chart is scrolled sideways', async () => {
    const context = await site.browser.newContext({ viewport: PHONE });
    try {
      const page = await context.newPage();
      await page.goto(`${site.server.url}timeline/`);
      for (const to of ['start', 'end'] as const) {
        await page.$eval(
          'figure.kra-timeline',
          (figure, end) => {
            figure.scrollLeft = end ? figure.scrollWidth : 0;
          },
          to === 'end',
        );
        const shown = await page.$$eval('svg.kra-timeline-lanes text', (texts) => {
          const figure = document.querySelector('figure.kra-timeline')!.getBoundingClientRect();
          return texts.map((t) => {
            const box = t.getBoundingClientRect();
            const svg = (t as SVGTextElement).ownerSVGElement!;
            const drawnIn = svg.getBoundingClientRect();
            return {
              text: t.textContent ?? '',
              left: box.left,
              right: box.right,
              // Drawn whole (not clipped by its overlay), inside the part of the figure on screen.
              inView:
                getComputedStyle(svg).display !== 'none' &&
                box.width > 0 &&
                box.right <= drawnIn.right &&
                box.left >= figure.left &&
                box.right <= Math.min(figure.right, window.innerWidth),
            };
          });
        });
        const titles = shown.filter((l) => /\(\d+\):$/.test(l.text));
        expect(titles.length, to).toBeGreaterThanOrEqual(2);
        expect(shown.map((l) => l.text)).toContain('Taiwan');
        const off = shown.filter((l) => l.left < 0 || l.right > PHONE.width || !l.inView);
        expect(off, to).toEqual([]);
      }
    } finally {
      await context.close();
    }
  });
});
