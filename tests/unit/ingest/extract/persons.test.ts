/** The people an article names with their office, resolved from a later bare surname (persons.ts). */
import { describe, expect, it } from 'vitest';
import { PersonRegistry, type Person } from '../../../../src/ingest/extract/persons';
import type { ActorRef } from '../../../../src/schemas';

const PERU: ActorRef = { type: 'state', id: 'peru', name: 'Peru' };
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
});
