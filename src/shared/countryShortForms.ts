/**
 * Short forms the sources use for states that world-countries lacks or spells otherwise. One list
 * for the ingest (which finds states in prose) and the cross-link pass (which links them), so the
 * two never disagree about what a name means. Abbreviations are matched case-sensitively by the
 * cross-links; the ingest, which folds case, only uses them after "the" ("the US", not "us").
 */
export const COUNTRY_SHORT_FORMS: Record<string, { names: string[]; abbreviations?: string[] }> = {
  USA: { names: ['United States'], abbreviations: ['US', 'U.S.', 'USA'] },
  GBR: { names: ['United Kingdom', 'Britain'], abbreviations: ['UK', 'U.K.'] },
  CHN: { names: ["People's Republic of China", 'China'], abbreviations: ['PRC'] },
  COD: { names: ['DR Congo', 'Democratic Republic of the Congo'], abbreviations: ['DRC'] },
  PRK: { names: ['North Korea'], abbreviations: ['DPRK'] },
  KOR: { names: ['South Korea'] },
  CIV: { names: ['Ivory Coast', "Côte d'Ivoire"] },
  CZE: { names: ['Czech Republic'] },
  TUR: { names: ['Turkey'] },
  SWZ: { names: ['Swaziland'] },
  VAT: { names: ['Holy See', 'Vatican'] },
  TWN: { names: ['Republic of China'] },
  MKD: { names: ['Macedonia'] },
  TLS: { names: ['East Timor'] },
  CPV: { names: ['Cabo Verde'] },
  ESH: { names: ['Sahrawi Arab Democratic Republic', 'Western Sahara'], abbreviations: ['SADR'] },
  PSE: { names: ['Palestinian'] },
};
