import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldTypes, paletteGroups } from '../../schema';
import { en, zhCN } from '../locales';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : flatten(value, `${prefix}${key}.`),
  );
}

// Plural forms differ per language (zh has only _other), so compare the keys without them.
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
const zhKeys = new Set(flatten(zhCN as Tree).map(base));
const enKeys = new Set(flatten(en as Tree).map(base));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '__tests__' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('locales', () => {
  it('have the same keys in Chinese and English', () => {
    expect([...zhKeys].filter((key) => !enKeys.has(key))).toEqual([]);
    expect([...enKeys].filter((key) => !zhKeys.has(key))).toEqual([]);
  });

  it('have no empty texts', () => {
    for (const tree of [zhCN, en] as Tree[]) {
      const empty = flatten(tree).filter((key) => {
        const value = key.split('.').reduce<unknown>((node, part) => (node as Tree)[part], tree);
        return typeof value !== 'string' || value.trim() === '';
      });
      expect(empty).toEqual([]);
    }
  });

  it('contain every literal key the code asks for', () => {
    const root = join(__dirname, '..', '..', '..');
    const used = new Set<string>();
    for (const file of sourceFiles(root)) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\bt\(\s*'([a-zA-Z0-9_.-]+)'/g)) used.add(match[1]);
    }
    expect(used.size).toBeGreaterThan(100);
    expect([...used].filter((key) => !zhKeys.has(key))).toEqual([]);
  });

  it('name and explain every field type and palette group', () => {
    for (const type of fieldTypes) {
      expect(zhKeys.has(`fieldTypes.${type}.name`) && enKeys.has(`fieldTypes.${type}.hint`)).toBe(true);
    }
    for (const group of paletteGroups) expect(zhKeys.has(`designer.groups.${group.key}`)).toBe(true);
  });
});
