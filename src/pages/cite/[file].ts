import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../lib/site/data';
import { citeStatement } from '../../lib/site/citation';

/** Each statement's citation as BibTeX (`<id>.bib`) and CSL-JSON (`<id>.json`), linked from "Cite this". */
export const getStaticPaths = (async () => {
  const { positions } = await siteData();
  return positions.flatMap((position) => [
    { params: { file: `${position.id}.bib` } },
    { params: { file: `${position.id}.json` } },
  ]);
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const data = await siteData();
  const file = params.file!;
  const id = file.replace(/\.(bib|json)$/, '');
  const position = data.positionById.get(id);
  const citation = position
    ? citeStatement(position, data.sourceById, site, import.meta.env.BASE_URL)
    : null;
  if (!citation) return new Response('not found', { status: 404 });
  return file.endsWith('.bib')
    ? new Response(`${citation.bibtex}\n`, {
        headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
      })
    : new Response(`${citation.csl}\n`, {
        headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' },
      });
};
