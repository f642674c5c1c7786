import { describe, expect, it } from 'vitest';
import { CompactPathWriter } from '../../../../src/lib/svg/pathWriter';

const draw = (writer: CompactPathWriter, points: Array<[number, number]>, close = true) => {
  const [first, ...rest] = points;
  writer.moveTo(...first!);
  for (const p of rest) writer.lineTo(...p);
  if (close) writer.closePath();
};

describe('CompactPathWriter', () => {
  it('writes a ring as a move and relative lines, separators only where no minus sign is', () => {
    const writer = new CompactPathWriter();
    draw(writer, [
      [10, 10],
      [20, 10],
      [20, 5],
      [10, 10],
    ]);
    expect(writer.result()).toBe('M10 10l10 0 0-5z');
  });

  it('rounds to the grid, drops points that round onto the previous one, and writes no -0', () => {
    const writer = new CompactPathWriter(1);
    draw(writer, [
      [0.04, 0],
      [0.01, 0.02],
      [1.26, -0.04],
      [1.26, 2],
    ]);
    expect(writer.result()).toBe('M0 0l1.3 0 0 2z');
  });

  it('leaves out a closed ring that collapses to fewer than three grid points', () => {
    const writer = new CompactPathWriter();
    draw(writer, [
      [0, 0],
      [0.2, 0.1],
      [0.4, 0.3],
    ]);
    draw(writer, [
      [5, 5],
      [8, 5],
      [8, 9],
    ]);
    expect(writer.result()).toBe('M5 5l3 0 0 4z');
  });

  it('writes an open line without closing it, and starts afresh after each result', () => {
    const writer = new CompactPathWriter();
    draw(
      writer,
      [
        [1, 1],
        [3, 4],
      ],
      false,
    );
    expect(writer.result()).toBe('M1 1l2 3');
    expect(writer.result()).toBe('');
  });
});
