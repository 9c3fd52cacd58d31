// The README's command table is written by hand: this keeps it in step with the command table,
// so an option added to a command cannot be missing from the user's manual.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../src/cli/commands.js';

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
const start = readme.indexOf('<!-- section: commands -->');
const section = readme.slice(start, readme.indexOf('\n## ', start));
const rows = section.split('\n').filter((line) => line.startsWith('| `prove-hooks '));

/** The first cell of the README row of `name`: `prove-hooks <name> [options...]`. */
function usageCellOf(name: string): string | undefined {
  return rows.map((row) => row.split(' | ')[0]!.slice(3, -1)).find((cell) => cell === `prove-hooks ${name}` || cell.startsWith(`prove-hooks ${name} `));
}

describe("the README's command table", () => {
  it('has its section marker and a row per command', () => {
    expect(start).toBeGreaterThan(-1);
    expect(COMMANDS.filter((command) => command.name !== 'help' && usageCellOf(command.name) === undefined).map((command) => command.name)).toEqual([]);
  });

  it.each(COMMANDS.map((command) => [command.name, command] as const))('names every option of %s that a user may give', (name, command) => {
    const cell = usageCellOf(name) ?? '';
    // `--json` is `--format json` where a command has both (its help says so): the row's --format names it.
    const jsonIsFormat = (command.optionHelp.format ?? '').includes('--json is --format json');
    const options = Object.keys(command.options).filter((option) => !(command.optionHelp[option] ?? '').startsWith('internal:') && !(option === 'json' && jsonIsFormat));
    expect(options.filter((option) => !new RegExp(`--${option}(?![a-z-])`).test(cell))).toEqual([]);
  });
});
