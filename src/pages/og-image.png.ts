import type { APIRoute } from 'astro';
import sharp from 'sharp';
import { siteData } from '../lib/site/data';
import { shareCardSvg } from '../lib/svg/shareCard';

/** The Open Graph image every page names: the share card rasterised at build time. */
export const GET: APIRoute = async () => {
  const { states } = await siteData();
  const png = await sharp(Buffer.from(shareCardSvg(states)))
    .png({ compressionLevel: 9 })
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
