// startingNames puts the look-behind into each alternative (faster to search): the env preset's
// patterns find exactly what they found with one look-behind before the alternation, on texts
// generated from the pieces those patterns are made of.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { env } from '../../../src/core/flags/presets/env.js';
import { escapeRegExp, startingNames } from '../../../src/core/flags/presets/preset.js';
import { envReadText as text } from '../../arbitraries/env-reads.js';

/** The env preset's patterns as they were written before startingNames (commit f2d7689, and main's Spring, Go tag, Python membership and Python settings forms since). */
function previousEnvPatterns(envPrefix: string): string[] {
  const prefix = escapeRegExp(envPrefix);
  const name = String.raw`(?<flag>${prefix}[A-Za-z0-9_]+)(?![\w$])(?!['"\`]\s*\+)`;
  // Kotlin's `System.getenv()["FF_X"]` (added for the fifth blind corpus's probes).
  // `Bun.env`, `environ.setdefault` and `process.env!.`/`?.` (added on branch s8-detect).
  const indexed = String.raw`(?<![\w$.])(?:process\.env|import\.meta\.env|Bun\.env|(?:os\.)?environ|ENV|System\.getenv\(\))`;
  const called = String.raw`(?<![\w$.])(?:(?:os\.)?environ\.(?:get|setdefault)|(?:os\.)?getenv|os\.Getenv|os\.LookupEnv|System\.getenv(?:\(\)\s*\.\s*(?:get|getOrDefault)|)|Deno\.env\.get|ENV\.fetch|Environment\.GetEnvironmentVariable|(?:std::)?env::var(?:_os)?)`;
  // Python's adjacent literals (`"FF_" "X"`, added on branch s8-detect).
  const built = String.raw`(?<flag>\`${prefix}[^\`$\\]{0,100}\$\{|[fF](?:"${prefix}[^"\n{]{0,100}\{|'${prefix}[^'\n{]{0,100}\{)|(?:"${prefix}[^"\n]{0,100}"|'${prefix}[^'\n]{0,100}')\s*(?:\+|%|\.format\b|['"])|(?:fmt\.Sprintf|String\.format)\s*\(\s*"${prefix})`;
  return [
    String.raw`${indexed}(?:!?\??\.|\??\.?\[\s*['"\`])${name}`,
    String.raw`${called}\s*\(\s*['"\`]${name}`,
    // Spring's @Value (added on main after f2d7689, written without startingNames; Kotlin's `\${` since the eighth blind corpus).
    String.raw`@Value\s*\(\s*(?:value\s*=\s*|)"\\?\$\{${name}(?=[:}])`,
    // Python's `"FF_X" in os.environ` (added for the eighth blind corpus, written without startingNames).
    String.raw`[\s(=,\[:]['"]${name}['"]\s+(?:not\s)?\s*in\s+(?:os\.)?environ(?![\w$.(\[])`,
    // Pydantic settings' aliases and django-environ/environs readers (added for the ninth blind corpus, written without startingNames).
    String.raw`(?<![\w$.])(?:validation_)?alias\s*=\s*['"]${name}`,
    String.raw`(?<![\w$.])AliasChoices\s*\((?<list>[^()]{0,500})\)`,
    String.raw`(?<![\w$.])env(?:\.(?:bool|int|float|str|bytes|decimal|list|tuple|dict|json|url|path|db_url|cache_url|email_url|search_url|date|datetime|timedelta|uuid|enum|log_level))?\s*\(\s*['"]${name}`,
    // Go struct tags (added for the fifth blind corpus, written without startingNames).
    String.raw`(?<=[\w\]*.])[ \t]+\`(?:[^\`\n]{0,300}?[ \t]|)(?:env|envconfig):"${name}(?=[,"])`,
    String.raw`\{(?<names>[^{}]*${prefix}[^{}]*)\}\s*=\s*(?:process|import\.meta)\.env\b`,
    // SvelteKit's `$env/static/*` imports (added for the sixth blind corpus, written without startingNames).
    String.raw`(?<=(?<![\w$.])import\s{0,20})\{(?<names>[^{}]*${prefix}[^{}]*)\}\s*from\s*['"]\$env\/static\/(?:private|public)['"]`,
    String.raw`(?:${indexed}\s*\??\.?\[|${called}\s*\()\s*${built}`,
  ];
}

/** Every match of a global search, as the matcher runs a line pattern over a whole text. */
function allMatches(source: string, text: string): string[] {
  const regex = new RegExp(source, 'g');
  const found: string[] = [];
  for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
    if (match[0].length === 0) regex.lastIndex += 1;
    found.push(`${match.index}:${match[0]}:${JSON.stringify(match.groups ?? {})}`);
  }
  return found;
}

describe('startingNames', () => {
  it('puts the look-behind into each alternative', () => {
    expect(startingNames(['a', String.raw`(?:b\.)?c`])).toBe(String.raw`(?:(?<![\w$.])a|(?<![\w$.])(?:b\.)?c)`);
  });

  it.each(['FF_', 'APP_'])('leaves every match of the env patterns (prefix %s) as it was, on generated texts', (envPrefix) => {
    const current = env.patterns({ envPrefix }).map((pattern) => pattern.regex);
    const previous = previousEnvPatterns(envPrefix);
    // The rewrite changed the patterns' text (so this compares two different searches).
    expect(current).not.toEqual(previous);
    expect(current.length).toBe(previous.length);
    fc.assert(
      fc.property(text, (sample) => {
        current.forEach((source, position) => expect(allMatches(source, sample)).toEqual(allMatches(previous[position]!, sample)));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds the forms the preset documents', () => {
    const called = new RegExp(env.patterns({ envPrefix: 'FF_' })[1]!.regex);
    expect('x = os.getenv("FF_NEW")').toMatch(called);
    expect('x = myos.getenv("FF_NEW")').not.toMatch(called);
    expect('x = a.getenv("FF_NEW")').not.toMatch(called);
  });
});
