// The switches an operator sets as repository variables (locally
// `<state>/variables.json`): their names and the values each allows, in one
// place. `vars set` checks against it, and the executor and supervisor read
// the switches by these names. A mistyped switch must never look like it
// worked, so anything else is refused with the closest known name.

export const SWITCHES = {
  WF_ENABLED: {
    values: ['true', 'false'],
    meaning: '`false` stops publishing; the pipeline keeps writing drafts for review',
  },
  ALLOW_PUBLISH: {
    values: ['human_enabled', 'human_disabled'],
    meaning: 'only `human_enabled` lets the executor publish live',
  },
  REQUIRE_APPROVAL: {
    values: ['true', 'false'],
    meaning: 'in publish mode, only drafts a human approved are published',
  },
} as const satisfies Record<string, { values: readonly string[]; meaning: string }>;

export type SwitchName = keyof typeof SWITCHES;
export const SWITCH_NAMES = Object.keys(SWITCHES) as SwitchName[];
/** The kill-switch proper: both must be on for a live publish. */
export const KILL_SWITCH = ['WF_ENABLED', 'ALLOW_PUBLISH'] as const satisfies readonly SwitchName[];

export function isSwitchName(name: string): name is SwitchName {
  return Object.hasOwn(SWITCHES, name);
}

/**
 * Levenshtein distance (insert, delete, substitute: 1 each). Written here
 * because it is a dozen lines over three short names; no dependency of the
 * project computes it.
 */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitute = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, substitute);
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/** The candidate closest to `name` (ignoring case), when close enough to be a typo. */
export function closestName(name: string, candidates: readonly string[]): string | undefined {
  const wanted = name.toUpperCase();
  let best: { name: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(wanted, candidate.toUpperCase());
    if (!best || distance < best.distance) best = { name: candidate, distance };
  }
  const tolerance = Math.max(2, Math.floor(wanted.length / 3));
  return best && best.distance <= tolerance ? best.name : undefined;
}

export type VariableCheck = { ok: true; name: SwitchName; value: string } | { ok: false; message: string };

/** Whether `name=value` may be set: a known switch and one of its values, exactly as the readers compare them. */
export function checkVariable(name: string, value: string): VariableCheck {
  if (!isSwitchName(name)) {
    const closest = closestName(name, SWITCH_NAMES);
    return {
      ok: false,
      message:
        `unknown variable "${name}"${closest ? `; did you mean ${closest}?` : ''} ` +
        `Known variables: ${SWITCH_NAMES.join(', ')}`,
    };
  }
  const allowed: readonly string[] = SWITCHES[name].values;
  if (!allowed.includes(value)) {
    const near = allowed.find((v) => v.toLowerCase() === value.trim().toLowerCase());
    return {
      ok: false,
      message: `${name} "${value}" is not valid; expected ${allowed.join(' or ')}${near ? ` (did you mean ${near}?)` : ''}`,
    };
  }
  return { ok: true, name, value };
}
