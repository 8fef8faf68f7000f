import { describe, expect, it } from 'vitest';
import {
  duplicateTargets,
  effectiveMatchOn,
  fileSize,
  importBody,
  isImportable,
  mappedFields,
  mappingFromColumns,
  settingsKey,
} from '../importRequest';
import type { ImportSettings } from '../types';

const settings = (patch: Partial<ImportSettings> = {}): ImportSettings => ({
  mapping: { 姓名: 'name', 邮箱: 'email', 备注: null },
  matchOn: [],
  onDuplicate: 'skip',
  ...patch,
});

const csv = () => new Blob(['姓名,邮箱\n张三,zs@example.com\n'], { type: 'text/csv' });

describe('mappingFromColumns', () => {
  it('takes the field the server matched, and null for columns it could not place', () => {
    const mapping = mappingFromColumns([
      { name: '姓名', field: 'name', samples: ['张三'] },
      { name: 'Unknown', field: null, samples: [] },
    ]);
    expect(mapping).toEqual({ 姓名: 'name', Unknown: null });
  });
});

describe('mappedFields and duplicateTargets', () => {
  it('lists each receiving field once, in column order', () => {
    expect(mappedFields({ a: 'name', b: null, c: 'email', d: 'name' })).toEqual(['name', 'email']);
  });

  it('reports a field fed by two columns', () => {
    expect(duplicateTargets({ a: 'name', b: 'email', c: 'name' })).toEqual(['name']);
    expect(duplicateTargets({ a: 'name', b: null, c: null })).toEqual([]);
  });
});

describe('effectiveMatchOn', () => {
  it('drops match fields no column fills any more', () => {
    expect(effectiveMatchOn(settings({ matchOn: ['email', 'phone'] }))).toEqual(['email']);
  });
});

describe('importBody', () => {
  it('sends only the file and the mode on the first dry run, so the server proposes the mapping', () => {
    const body = importBody(csv(), 'leads.csv', 'dryRun');
    expect([...body.keys()].sort()).toEqual(['file', 'mode']);
    expect(body.get('mode')).toBe('dryRun');
    expect((body.get('file') as File).name).toBe('leads.csv');
  });

  it('sends the mapping as JSON with null for columns left out', () => {
    const body = importBody(csv(), 'leads.csv', 'commit', settings());
    expect(body.get('mode')).toBe('commit');
    expect(JSON.parse(body.get('mapping') as string)).toEqual({ 姓名: 'name', 邮箱: 'email', 备注: null });
    expect(body.has('matchOn')).toBe(false);
    expect(body.has('onDuplicate')).toBe(false);
  });

  it('repeats matchOn per field and adds the duplicate rule only with match fields', () => {
    const body = importBody(csv(), 'leads.csv', 'dryRun', settings({ matchOn: ['email', 'name', 'phone'], onDuplicate: 'update' }));
    expect(body.getAll('matchOn')).toEqual(['email', 'name']);
    expect(body.get('onDuplicate')).toBe('update');
  });
});

describe('settingsKey', () => {
  it('is equal for the same choices in another order', () => {
    const a = settings({ mapping: { x: 'name', y: null }, matchOn: ['name', 'email'] });
    const b = settings({ mapping: { y: null, x: 'name' }, matchOn: ['email', 'name'] });
    expect(settingsKey(a)).toBe(settingsKey(b));
  });

  it('changes with the mapping or the duplicate rule', () => {
    const base = settings({ matchOn: ['email'] });
    expect(settingsKey(base)).not.toBe(settingsKey({ ...base, mapping: { ...base.mapping, 备注: 'name' } }));
    expect(settingsKey(base)).not.toBe(settingsKey({ ...base, onDuplicate: 'create' }));
  });

  it('ignores the duplicate rule while no match field is chosen, as the run does', () => {
    expect(settingsKey(settings({ onDuplicate: 'skip' }))).toBe(settingsKey(settings({ onDuplicate: 'update' })));
  });
});

describe('isImportable', () => {
  it('accepts CSV and Excel workbooks by name, in any case', () => {
    expect(isImportable('leads.csv')).toBe(true);
    expect(isImportable('线索.XLSX')).toBe(true);
    expect(isImportable('leads.xls')).toBe(false);
    expect(isImportable('leads.csv.txt')).toBe(false);
  });
});

describe('fileSize', () => {
  it('reads in bytes, KB or MB', () => {
    expect(fileSize(0)).toEqual({ unit: 'bytes', value: '0' });
    expect(fileSize(1023)).toEqual({ unit: 'bytes', value: '1023' });
    expect(fileSize(12_595)).toEqual({ unit: 'kb', value: '12.3' });
    expect(fileSize(47_815_065)).toEqual({ unit: 'mb', value: '45.6' });
  });
});
