import { loadEditorial } from '../src/ingest/resolve/editorial';
import { buildCountryIndex } from '../src/ingest/resolve/countries';
import { buildOrganisationIndex } from '../src/ingest/resolve/organisations';
import { actorFinder } from '../src/ingest/extract/actors';
import { speakingActor } from '../src/ingest/prosePositions';
import { PersonRegistry } from '../src/ingest/extract/persons';
import { speechVerbIndex } from '../src/ingest/extract/statements';
const e = loadEditorial('content/editorial');
const f = actorFinder(buildCountryIndex(e.countries), buildOrganisationIndex(e.organisations));
for (const s of process.argv.slice(2)) { const m = f.mentions(s); console.log(speechVerbIndex(s), m.map(x=>x.actor.id+(x.prepositional?'P':'')), JSON.stringify(speakingActor(s, m, new PersonRegistry()))); }
