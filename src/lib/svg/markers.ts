import type { MapStatus } from './status';

/**
 * Marker shape per status, so small states differ in shape as well as colour (patterns are
 * invisible at marker size): circle, diamond, triangle, star for Kosovo, square for no data.
 */
export function markerPath(status: MapStatus, x: number, y: number, r: number): string {
  const f = (v: number) => String(Math.round(v * 10) / 10);
  switch (status) {
    case 'recognised':
      return `M${f(x - r)} ${f(y)}a${f(r)} ${f(r)} 0 1 0 ${f(2 * r)} 0a${f(r)} ${f(r)} 0 1 0 ${f(-2 * r)} 0z`;
    case 'withdrawn': {
      const d = r * 1.3;
      return `M${f(x)} ${f(y - d)}l${f(d)} ${f(d)} ${f(-d)} ${f(d)} ${f(-d)} ${f(-d)}z`;
    }
    case 'not-recognised': {
      const h = r * 1.2;
      return `M${f(x)} ${f(y - h)}l${f(h)} ${f(2 * h * 0.87)}h${f(-2 * h)}z`;
    }
    case 'kosovo': {
      const pts: string[] = [];
      for (let i = 0; i < 10; i++) {
        const rad = i % 2 === 0 ? r * 1.5 : r * 0.65;
        const a = (Math.PI / 5) * i - Math.PI / 2;
        pts.push(`${f(x + rad * Math.cos(a))} ${f(y + rad * Math.sin(a))}`);
      }
      return `M${pts.join('L')}z`;
    }
    case 'no-data':
      return `M${f(x - r)} ${f(y - r)}h${f(2 * r)}v${f(2 * r)}h${f(-2 * r)}z`;
  }
}
