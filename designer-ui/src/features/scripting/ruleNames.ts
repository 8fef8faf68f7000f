// The rule drawer's antd Form names, in the order the server's error keys are matched against them.
export const ruleFormNames: (string | number)[][] = [
  ['slug'],
  ['kind'],
  ['label', 'zh-CN'],
  ['label', 'en'],
  ['field'],
  ['gradeField'],
  ['script'],
  ['enabled'],
];
