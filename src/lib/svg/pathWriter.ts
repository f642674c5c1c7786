/**
 * A d3-geo path context that writes compact SVG path data: coordinates rounded to a grid of
 * `1 / 10^digits` pixels, relative `l` commands, and points that round onto the previous point
 * dropped. At world scale this is most of the simplification the map needs, and it keeps
 * neighbouring borders identical because both sides round the same shared points.
 */
export class CompactPathWriter {
  private parts: string[] = [];
  private ring: Array<[number, number]> = [];
  private readonly factor: number;

  constructor(digits = 0) {
    this.factor = 10 ** digits;
  }

  private round(v: number): number {
    return Math.round(v * this.factor) / this.factor;
  }

  moveTo(x: number, y: number): void {
    this.flushRing();
    this.ring = [[this.round(x), this.round(y)]];
  }

  lineTo(x: number, y: number): void {
    const p: [number, number] = [this.round(x), this.round(y)];
    const last = this.ring[this.ring.length - 1];
    if (last && last[0] === p[0] && last[1] === p[1]) return;
    this.ring.push(p);
  }

  closePath(): void {
    this.flushRing(true);
  }

  /** d3 calls arc() only for point geometries, which the map never passes. */
  arc(): void {}
  beginPath(): void {}

  private flushRing(closed = false): void {
    const ring = this.ring;
    this.ring = [];
    const first = ring[0];
    if (!first) return;
    const lastPoint = ring[ring.length - 1];
    if (
      closed &&
      ring.length > 1 &&
      lastPoint &&
      lastPoint[0] === first[0] &&
      lastPoint[1] === first[1]
    )
      ring.pop();
    // A ring that collapses to fewer than three grid points is invisible at this scale.
    if (closed && ring.length < 3) return;
    let d = `M${this.fmt(first[0])} ${this.fmt(first[1])}`;
    let prev = first;
    let coords = '';
    for (let i = 1; i < ring.length; i++) {
      const p = ring[i]!;
      coords += this.pair(p[0] - prev[0], p[1] - prev[1], coords === '');
      prev = p;
    }
    if (coords) d += `l${coords}`;
    if (closed) d += 'z';
    this.parts.push(d);
  }

  /** Separators only where needed: a minus sign already separates numbers. */
  private pair(dx: number, dy: number, first: boolean): string {
    const x = this.fmt(dx);
    const y = this.fmt(dy);
    return `${first || x.startsWith('-') ? '' : ' '}${x}${y.startsWith('-') ? '' : ' '}${y}`;
  }

  private fmt(v: number): string {
    const r = Math.round(v * this.factor) / this.factor;
    return Object.is(r, -0) ? '0' : String(r);
  }

  result(): string {
    this.flushRing();
    const d = this.parts.join('');
    this.parts = [];
    return d;
  }
}
