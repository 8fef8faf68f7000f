// Each feature keeps its texts in its own pair of files (<feature>.<language>.json), merged here;
// top-level keys must not repeat across files.
import core from './en.json';
import boardEn from './board.en.json';
import recordDetailEn from './recordDetail.en.json';
import rollupsEn from './rollups.en.json';
import stagesEn from './stages.en.json';
import formDesignerEn from './formDesigner.en.json';
import formsEn from './forms.en.json';
import scriptingEn from './scripting.en.json';
import settingsEn from './settings.en.json';
import transfersEn from './transfers.en.json';
import tasksEn from './tasks.en.json';
import workflowsEn from './workflows.en.json';
import coreZh from './zh-CN.json';
import boardZh from './board.zh-CN.json';
import recordDetailZh from './recordDetail.zh-CN.json';
import rollupsZh from './rollups.zh-CN.json';
import stagesZh from './stages.zh-CN.json';
import formDesignerZh from './formDesigner.zh-CN.json';
import formsZh from './forms.zh-CN.json';
import scriptingZh from './scripting.zh-CN.json';
import settingsZh from './settings.zh-CN.json';
import transfersZh from './transfers.zh-CN.json';
import tasksZh from './tasks.zh-CN.json';
import workflowsZh from './workflows.zh-CN.json';

export const en = { ...core, ...formsEn, ...formDesignerEn, ...transfersEn, ...scriptingEn, ...settingsEn, ...boardEn, ...stagesEn, ...recordDetailEn, ...rollupsEn, ...tasksEn, ...workflowsEn };
export const zhCN = { ...coreZh, ...formsZh, ...formDesignerZh, ...transfersZh, ...scriptingZh, ...settingsZh, ...boardZh, ...stagesZh, ...recordDetailZh, ...rollupsZh, ...tasksZh, ...workflowsZh };
