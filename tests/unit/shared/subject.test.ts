import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEditorialSubject } from '../../../src/shared/editorial';
import { STATUS_LEGEND } from '../../../src/shared/status';
import { mentionsSubject, SUBJECT } from '../../../src/shared/subject';

describe("the Atlas's subject (content/editorial/subject.yaml)", () => {
  it('is Kosovo, an actor that is neither a state nor an organisation', () => {
    expect(SUBJECT).toEqual({ type: 'other', id: 'kosovo', name: 'Kosovo' });
  });

  it('is named in prose by any word opening with its stem', () => {
    expect(mentionsSubject("Kosovo's declaration")).toBe(true);
    expect(mentionsSubject('Kosovar officials')).toBe(true);
    expect(mentionsSubject('a pro-Kosovo rally')).toBe(true);
    expect(mentionsSubject('Belarus and Russia')).toBe(false);
    expect(mentionsSubject('Pskosov')).toBe(false);
  });

  it('words the status legend with its name', () => {
    expect(STATUS_LEGEND['not-recognised']).toBe('Does not recognise Kosovo');
  });

  it('is refused without a reason, at its file:line', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'subject-'));
    writeFileSync(path.join(dir, 'subject.yaml'), 'id: kosovo\nname: Kosovo\nstem: Kosov\n');
    expect(() => loadEditorialSubject(dir)).toThrow(/subject\.yaml:1/);
  });
});
