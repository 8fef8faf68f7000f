// Runs every browser suite in turn against the same server; each prints its own "N passed, M failed".
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const suites = ['journey.mjs', 'forms.mjs', 'form-designer.mjs', 'transfers.mjs', 'scripting.mjs', 'calendar.mjs', 'pipelines.mjs', 'record-detail.mjs', 'stage-designer.mjs', 'tasks.mjs', 'automations.mjs'].filter((name) => existsSync(join(here, name)));
let failed = false;
for (const suite of suites) {
  const run = spawnSync(process.execPath, [join(here, suite)], { stdio: 'inherit', env: process.env });
  if (run.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
