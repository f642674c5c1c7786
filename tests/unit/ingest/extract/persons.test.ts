/** The people an article names with their office, resolved from a later bare surname (persons.ts). */
import { describe, expect, it } from 'vitest';
import {
  PersonRegistry,
  officeInSentence,
  sameOffice,
  type Person,
} from '../../../../src/ingest/extract/persons';
import type { ActorRef } from '../../../../src/schemas';

const PERU: ActorRef = { type: 'state', id: 'peru', name: 'Peru' };
const ANDEAN: ActorRef = { type: 'organisation', id: 'andean-community', name: 'Andean Community' };
const isPlace = (w: string) => /^(?:peru|peruvian|peru's|andean)$/i.test(w);
const person = (
  name: string,
  role: string | null = null,
  actor: ActorRef | null = null,
): Person => ({
  name,
  role,
  actor,
});

describe('PersonRegistry', () => {
  it('resolves a bare surname or the full name to the person, not another given name', () => {
    const r = new PersonRegistry();
    r.add(person('Ana María Quispe', 'Foreign Minister', PERU));
    expect(r.resolve('Quispe')).toEqual(person('Ana María Quispe', 'Foreign Minister', PERU));
    expect(r.resolve(' Ana María Quispe ')?.name).toBe('Ana María Quispe');
    expect(r.resolve('Luis Quispe')).toBeNull();
    expect(r.resolve('Mamani')).toBeNull();
  });
  it('resolves a surname two people share to neither', () => {
    const r = new PersonRegistry();
    r.add(person('Ana Quispe', 'Foreign Minister'));
    r.add(person('Luis Quispe', 'President'));
    expect(r.resolve('Quispe')).toBeNull();
    expect(r.findSurname('Quispe said so.')).toBeNull();
  });
  it('fills in a role or actor missing the first time, keeping the first role written', () => {
    const r = new PersonRegistry();
    r.add(person('Ana Quispe'));
    r.add(person('Ana Quispe', 'Foreign Minister', PERU));
    r.add(person('Ana Quispe', 'President'));
    expect(r.resolve('Quispe')).toEqual(person('Ana Quispe', 'Foreign Minister', PERU));
  });
  it('keeps a name with the particles names carry', () => {
    const r = new PersonRegistry();
    r.add(person('José Eduardo dos Santos'));
    r.add(person('Jordi Puig i Vidal'));
    expect(r.resolve('Santos')?.name).toBe('José Eduardo dos Santos');
    expect(r.resolve('Vidal')?.name).toBe('Jordi Puig i Vidal');
  });
  it('keeps no one-word name, lower-case phrase, institution or place', () => {
    const r = new PersonRegistry((n) => n === 'Santa Rosa');
    r.add(person('Quispe'));
    r.add(person('the minister'));
    r.add(person('Ministry of Affairs'));
    r.add(person('National Assembly'));
    r.add(person('Santa Rosa'));
    r.add(person('Peace Without Borders'));
    for (const n of ['Quispe', 'minister', 'Affairs', 'Assembly', 'Rosa', 'Borders'])
      expect(r.resolve(n)).toBeNull();
  });
  it('finds a known surname standing alone in text, not inside a longer word', () => {
    const r = new PersonRegistry();
    r.add(person('Ana Quispe', 'Foreign Minister'));
    expect(r.findSurname('Later, Quispe said Peru would wait.')?.name).toBe('Ana Quispe');
    expect(r.findSurname('The Quispes said nothing.')).toBeNull();
    expect(r.findSurname('No one said anything.')).toBeNull();
  });

  describe('a register shared by the articles', () => {
    /** Article A names the person with no side; article B says whose official they are. */
    const articles = (...inB: Person[]) => {
      const a = new PersonRegistry();
      a.add(person('Ana María Quispe', 'President'));
      const b = new PersonRegistry();
      for (const p of inB) b.add(p);
      const shared = new PersonRegistry();
      for (const p of [...a.people(), ...b.people()]) shared.add({ ...p });
      a.useShared(shared);
      return a;
    };

    it('places a person one article leaves without a side by the side another gives', () => {
      const a = articles(person('Ana María Quispe', 'Peruvian President', PERU));
      expect(a.findSurname('Quispe has closed the paper.')).toEqual(
        person('Ana María Quispe', 'President', PERU),
      );
      expect(a.resolve('Quispe')?.actor).toEqual(PERU);
    });

    it('gives no side when the other article names another person with that surname', () => {
      const a = articles(person('Luis Quispe', 'Peruvian envoy', PERU));
      expect(a.findSurname('Quispe has closed the paper.')?.actor).toBeNull();
      expect(a.resolve('Quispe')?.name).toBe('Ana María Quispe');
    });

    it('resolves a bare surname the article never names only when every article agrees on who it is', () => {
      const c = new PersonRegistry();
      const shared = new PersonRegistry();
      shared.add(person('Rosa Mamani', 'Foreign Minister', PERU));
      c.useShared(shared);
      expect(c.findSurname('Mamani accused Chile of meddling.')?.actor).toEqual(PERU);
      shared.add(person('Juan Mamani', 'Mayor'));
      expect(c.findSurname('Mamani accused Chile of meddling.')).toBeNull();
    });

    it('lists both people who share a surname, so the shared register knows it is ambiguous', () => {
      const r = new PersonRegistry();
      r.add(person('Ana Quispe'));
      r.add(person('Luis Quispe'));
      expect(r.people().map((p) => p.name)).toEqual(['Ana Quispe', 'Luis Quispe']);
    });
  });
  describe('a person who changes office', () => {
    /** Article A writes the person's office without a side; article B places them in `inB`. */
    const articles = (inA: Person, ...inB: Person[]) => {
      const a = new PersonRegistry(isPlace);
      a.add(inA);
      const shared = new PersonRegistry(isPlace);
      shared.add({ ...inA });
      for (const p of inB) shared.add({ ...p });
      a.useShared(shared);
      return a;
    };

    it("takes another article's side only for the same office", () => {
      const envoy = person('Ana Quispe', 'Andean High Representative', ANDEAN);
      const a = articles(person('Ana Quispe', 'Foreign Minister'), envoy);
      expect(a.findSurname('In 2018, Quispe told a daily that …')?.actor).toBeNull();
      expect(a.resolve('Quispe')?.actor).toBeNull();
      const b = articles(
        person('Ana Quispe', 'Foreign Minister'),
        envoy,
        person('Ana Quispe', "Peru's Foreign Minister", PERU),
      );
      expect(b.findSurname('In 2018, Quispe told a daily that …')).toEqual(
        person('Ana Quispe', 'Foreign Minister', PERU),
      );
    });

    it('fills a known person with a side only from the same office', () => {
      const r = new PersonRegistry(isPlace);
      r.add(person('Ana Quispe', 'Foreign Minister'));
      r.add(person('Ana Quispe', 'Andean High Representative', ANDEAN));
      expect(r.resolve('Quispe')?.actor).toBeNull();
      r.add(person('Ana Quispe', 'Peruvian Foreign Minister', PERU));
      expect(r.resolve('Quispe')?.actor).toEqual(PERU);
    });

    it('reads the office the sentence gives the person before the register', () => {
      const a = articles(
        person('Ana Quispe', 'Foreign Minister'),
        person('Ana Quispe', 'Andean High Representative', ANDEAN),
        person('Ana Quispe', 'Peruvian Foreign Minister', PERU),
      );
      const said = (s: string) => a.findSurname(s.slice(s.indexOf('Quispe')), s)?.actor;
      expect(said('Speaking as High Representative in 2020, Quispe replied that …')).toEqual(
        ANDEAN,
      );
      expect(said('As Andean envoy, Quispe said that …')).toBeNull();
      expect(said('Quispe, then foreign minister, said that …')).toEqual(PERU);
      expect(said('As expected, Quispe said that …')).toEqual(PERU);
    });

    it('an office the sentence gives that no article places leaves the person without a side', () => {
      const a = articles(person('Ana Quispe', "Peru's Foreign Minister", PERU));
      expect(a.findSurname('Quispe', 'Quispe, then Andean envoy, said that …')?.actor).toBeNull();
      expect(a.findSurname('Quispe', 'Quispe, then foreign minister, said that …')?.actor).toEqual(
        PERU,
      );
    });
  });

  describe('sameOffice', () => {
    it('compares the office, not whose it is or its standing', () => {
      expect(sameOffice('President', 'Belarusian President')).toBe(true);
      expect(sameOffice("Peru's Prime Minister", 'prime minister-designate', isPlace)).toBe(true);
      expect(sameOffice('Andean High Representative', 'High Representative', isPlace)).toBe(true);
      expect(sameOffice('Foreign Minister', 'High Representative')).toBe(false);
      expect(sameOffice('Foreign Minister', 'Prime Minister')).toBe(false);
      expect(sameOffice(null, 'Prime Minister')).toBe(true);
    });
  });

  describe('officeInSentence', () => {
    it('reads an opening "as" phrase before the name and a "then" aside after it', () => {
      expect(
        officeInSentence('Speaking as High Representative in 2020, Quispe replied.', 'Quispe'),
      ).toBe('High Representative');
      expect(officeInSentence('As the Andean envoy, Ana Quispe said so.', 'Quispe')).toBe(
        'Andean envoy',
      );
      expect(officeInSentence('Quispe, then foreign minister, said so.', 'Quispe')).toBe(
        'foreign minister',
      );
    });
    it('reads no office from a phrase without an office word or about someone else', () => {
      expect(officeInSentence('As expected, Quispe said so.', 'Quispe')).toBeNull();
      expect(
        officeInSentence('As foreign minister, Mamani said Quispe erred.', 'Quispe'),
      ).toBeNull();
      expect(officeInSentence('Quispe said so.', 'Quispe')).toBeNull();
    });
  });
});
