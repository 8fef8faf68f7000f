// Each feature keeps its texts in its own pair of files (<feature>.<language>.json), merged here;
// top-level keys must not repeat across files.
import core from './en.json';
import formsEn from './forms.en.json';
import transfersEn from './transfers.en.json';
import coreZh from './zh-CN.json';
import formsZh from './forms.zh-CN.json';
import transfersZh from './transfers.zh-CN.json';

export const en = { ...core, ...formsEn, ...transfersEn };
export const zhCN = { ...coreZh, ...formsZh, ...transfersZh };
