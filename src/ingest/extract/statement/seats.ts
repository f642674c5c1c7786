/**
 * The buildings and streets English prose writes for a state's executive: "a Kremlin spokesman", "a
 * White House official", "a Quai d'Orsay spokeswoman", "the Élysée said". The country-data package
 * gives each state its capital ("Moscow views …", read in actors.ts) but not these. They are general
 * usage, true of any article, not knowledge of one source, so they are a vocabulary here, keyed by
 * ISO 3166-1 alpha-3 and resolved to the state through the country index.
 *
 * Only names that stand for one state's government wherever they are written: "the Foreign Office"
 * or "the Chancellery" is any state's, so it is not here.
 */
export const SEATS_OF_GOVERNMENT: Readonly<Record<string, readonly string[]>> = {
  USA: ['White House', 'State Department', 'Pentagon'],
  RUS: ['Kremlin'],
  FRA: ['Élysée', 'Elysée', 'Elysee', "Quai d'Orsay", 'Quai d’Orsay'],
  GBR: ['Downing Street', 'Whitehall'],
  CHN: ['Zhongnanhai'],
  KOR: ['Blue House'],
};
