// `autopilot doctor [github|variables|sheets|shopify|llm …]`: check this
// configuration against the live services and print a checklist with the fix
// for each failure. Exit 0 only when every check passed, 1 when one failed,
// 2 for bad usage or configuration. In a GitHub Actions job the checklist
// also goes to the job summary ($GITHUB_STEP_SUMMARY).
import { appendFile } from 'node:fs/promises';
import { UserError } from '@autopilot/core';
import {
  DOCTOR_GROUPS,
  type DoctorGroup,
  renderChecklist,
  renderMarkdown,
  runDoctor,
} from '@autopilot/core/services/doctor/index';
import type { CliContext } from '../context';

export async function doctorCommand(ctx: CliContext, rest: string[]): Promise<number> {
  const unknown = rest.filter((group) => !(DOCTOR_GROUPS as readonly string[]).includes(group));
  if (unknown.length > 0) {
    throw new UserError(
      `doctor: unknown check group ${unknown.map((g) => `"${g}"`).join(', ')}; expected any of: ${DOCTOR_GROUPS.join(', ')}`,
    );
  }
  const report = await runDoctor({
    config: ctx.config,
    ...(rest.length > 0 ? { groups: rest as DoctorGroup[] } : {}),
  });
  ctx.say(renderChecklist(report.checks));
  ctx.result({ ok: report.ok, checks: report.checks });
  const summaryFile = ctx.env.GITHUB_STEP_SUMMARY;
  if (summaryFile) await appendFile(summaryFile, ctx.redact(renderMarkdown(report.checks)), 'utf8');
  return report.ok ? 0 : 1;
}
