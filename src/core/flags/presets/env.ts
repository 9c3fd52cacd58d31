// Environment-variable flags (`FF_NEW_CHECKOUT`, prefix configurable) read from Node, Vite,
// Deno, Python, Go, Java and Ruby; names resolve to registry keys by their letters and digits.
import { escapeRegExp, startingNames, type FlagPreset } from './preset.js';

// The typed readers of django-environ's `Env` and environs' `Env` (their READMEs list them).
const PYTHON_ENV_READERS = ['bool', 'int', 'float', 'str', 'bytes', 'decimal', 'list', 'tuple', 'dict', 'json', 'url', 'path', 'db_url', 'cache_url', 'email_url', 'search_url', 'date', 'datetime', 'timedelta', 'uuid', 'enum', 'log_level'];

export const env: FlagPreset = {
  name: 'env',
  title: 'Environment variables',
  summary: [
    'JS/TS: `process.env.FF_X` (also `process.env!.FF_X`, `?.`), `process.env[\'FF_X\']`, `Bun.env.FF_X`, `import.meta.env.FF_X`, `const { FF_X } = process.env` (and later reads of `FF_X`), `Deno.env.get(\'FF_X\')`, SvelteKit `import { FF_X } from \'$env/static/private\'` (and later reads of `FF_X`)',
    'Python: `os.environ["FF_X"]`, `os.environ.get("FF_X")`, `os.environ.setdefault("FF_X", ...)`, `os.getenv("FF_X")`, `"FF_X" in os.environ` (also imported bare); django-environ and environs `env("FF_X")`, `env.bool("FF_X", default=False)`, `env.int`, ...; Pydantic settings `Field(validation_alias="FF_X")` (or `alias=`, `AliasChoices("FF_X", ...)`)',
    'Go: `os.Getenv("FF_X")`, `os.LookupEnv("FF_X")`; Java: `System.getenv("FF_X")`, `System.getenv().getOrDefault("FF_X", ...)`, Kotlin `System.getenv()["FF_X"]`, Spring `@Value("${FF_X:default}")` (Kotlin `"\\${FF_X:default}"`); Go struct tags `env:"FF_X"` (caarlos0/env), `envconfig:"FF_X"`; Ruby: `ENV["FF_X"]`; C#: `Environment.GetEnvironmentVariable("FF_X")`; Rust: `env::var("FF_X")`',
    'The environment object (`process.env`, `os.environ`, `System.getenv()`) bound to a name (`env`, also `const { env } = process`, Python `from os import environ as env`) or imported by name (T3 Env\'s `import { env } from "~/env"`, also `@/env`, `../env.js`; `node:process`; SvelteKit `$env/dynamic/private`), then `env.FF_X`, `env["FF_X"]`, `env.get("FF_X")`',
    'A name built from the prefix (`` process.env[`FF_${x}`] ``, `os.getenv(f"FF_{x}")`, `os.Getenv("FF_" + x)`): a dynamic key; of literals only (`process.env["FF_" + "X"]`, Python `"FF_" "X"`): the name they make',
  ],
  patterns: ({ envPrefix }) => {
    const prefix = escapeRegExp(envPrefix);
    // `(?![\w$])`: the whole name; not followed by a closing quote and `+`: a built name's
    // literal part is no flag (the dynamic pattern below reports the read).
    const name = String.raw`(?<flag>${prefix}[A-Za-z0-9_]+)(?![\w$])(?!['"\`]\s*\+)`;
    const common = { anchors: [envPrefix], keyForm: 'normalized', stripPrefix: envPrefix, referenceKind: 'env' } as const;
    // Python's `from os import environ, getenv` leaves the names bare.
    // Kotlin indexes the environment map: `System.getenv()["FF_X"]`.
    // Bun's `Bun.env` is its process.env.
    const indexed = startingNames([String.raw`process\.env`, String.raw`import\.meta\.env`, String.raw`Bun\.env`, String.raw`(?:os\.)?environ`, 'ENV', String.raw`System\.getenv\(\)`]);
    const called = startingNames([
      // `setdefault` reads the variable too (and sets it when it is missing).
      String.raw`(?:os\.)?environ\.(?:get|setdefault)`,
      String.raw`(?:os\.)?getenv`,
      String.raw`os\.Getenv`,
      String.raw`os\.LookupEnv`,
      String.raw`System\.getenv(?:\(\)\s*\.\s*(?:get|getOrDefault)|)`,
      String.raw`Deno\.env\.get`,
      String.raw`ENV\.fetch`,
      String.raw`Environment\.GetEnvironmentVariable`,
      String.raw`(?:std::)?env::var(?:_os)?`,
    ]);
    // The start of a key expression that writes the prefix and builds the rest: a template or an
    // f-string with a placeholder, a concatenation, %-formatting or str.format, Sprintf/String.format,
    // or Python's adjacent literals (`"FF_" "X"`; literals alone are folded to the name they make).
    const built = String.raw`(?<flag>\`${prefix}[^\`$\\]{0,100}\$\{|[fF](?:"${prefix}[^"\n{]{0,100}\{|'${prefix}[^'\n{]{0,100}\{)|(?:"${prefix}[^"\n]{0,100}"|'${prefix}[^'\n]{0,100}')\s*(?:\+|%|\.format\b|['"])|(?:fmt\.Sprintf|String\.format)\s*\(\s*"${prefix})`;
    // `requires`: what every match contains, searched first (test/unit/flags/pattern-requires.test.ts):
    // the prefix after a dot or a quote, after a quote, and the destructuring's ending.
    const quoted = String.raw`['"\`]${prefix}`;
    return [
      // TypeScript's `process.env!.FF_X` and optional chaining `process.env?.FF_X` read it too.
      { ...common, kind: 'call', regex: String.raw`${indexed}(?:!?\??\.|\??\.?\[\s*['"\`])${name}`, requires: String.raw`[.'"\`]${prefix}` },
      { ...common, kind: 'call', regex: String.raw`${called}\s*\(\s*['"\`]${name}`, requires: quoted },
      // Spring's `@Value("${FF_X:default}")`: the placeholder resolves from the Environment, whose
      // sources include the process environment. Kotlin escapes its `$` (`@Value("\${FF_X:d}")`).
      { ...common, kind: 'call', families: ['java'], regex: String.raw`@Value\s*\(\s*(?:value\s*=\s*|)"\\?\$\{${name}(?=[:}])` },
      // Python `"FF_X" in os.environ` (also `not in`, and `environ` imported bare): whether it is set.
      // Matched from the character before the quote, which is code.
      { ...common, kind: 'call', families: ['python'], regex: String.raw`[\s(=,\[:]['"]${name}['"]\s+(?:not\s)?\s*in\s+(?:os\.)?environ(?![\w$.(\[])`, requires: String.raw`\sin\s+(?:os\.)?environ\b` },
      // Pydantic settings: a field's `alias` or `validation_alias` names the variable it reads
      // (`Field(default=90, validation_alias="FF_X")`), matched from the keyword, which is code.
      { ...common, kind: 'call', families: ['python'], regex: String.raw`(?<![\w$.])(?:validation_)?alias\s*=\s*['"]${name}`, requires: String.raw`alias\s*=\s*['"]${prefix}` },
      // ... or several, the first one set wins: `validation_alias=AliasChoices("FF_X", "FF_Y")`.
      { ...common, kind: 'list', requirePrefix: envPrefix, families: ['python'], regex: String.raw`(?<![\w$.])AliasChoices\s*\((?<list>[^()]{0,500})\)`, requires: String.raw`AliasChoices\s*\([^()]{0,500}['"]${prefix}` },
      // django-environ and environs: `env = environ.Env()` (or `Env()`), then `env("FF_X")` and its
      // typed readers (`env.bool("FF_X", default=False)`, `env.int`, `env.list`, ...), on the name both document.
      { ...common, kind: 'call', families: ['python'], regex: String.raw`(?<![\w$.])env(?:\.(?:${PYTHON_ENV_READERS.join('|')}))?\s*\(\s*['"]${name}`, requires: String.raw`env[\w.]*\s*\(\s*['"]${prefix}` },
      // Go struct tags read by caarlos0/env (`env:"FF_X,required"`) and envconfig
      // (`envconfig:"FF_X"`): matched from the space before the tag, which is code.
      { ...common, kind: 'call', families: ['go'], regex: String.raw`(?<=[\w\]*.])[ \t]+\`(?:[^\`\n]{0,300}?[ \t]|)(?:env|envconfig):"${name}(?=[,"])`, requires: String.raw`(?:env|envconfig):"${prefix}` },
      { ...common, kind: 'destructure', requirePrefix: envPrefix, regex: String.raw`\{(?<names>[^{}]*${prefix}[^{}]*)\}\s*=\s*(?:process|import\.meta)\.env\b`, requires: String.raw`\}\s*=\s*(?:process|import\.meta)\.env\b` },
      // SvelteKit: `import { FF_X } from '$env/static/private'` (or `/public`): each variable a named export.
      { ...common, kind: 'destructure', requirePrefix: envPrefix, families: ['js'], regex: String.raw`(?<=(?<![\w$.])import\s{0,20})\{(?<names>[^{}]*${prefix}[^{}]*)\}\s*from\s*['"]\$env\/static\/(?:private|public)['"]`, requires: String.raw`\$env\/static\/` },
      { ...common, kind: 'call', dynamicKey: true, regex: String.raw`(?:${indexed}\s*\??\.?\[|${called}\s*\()\s*${built}`, requires: quoted },
    ];
  },
  // Node's `const { FF_X } = process.env` (Vite: import.meta.env), then `FF_X` in that scope; the
  // object (`process.env`, Python `os.environ`, Java `System.getenv()`) bound to a name, then
  // `env.FF_X`, `env["FF_X"]`, `env.get("FF_X")`.
  resultObjects: [{ methods: [], keyForm: 'normalized', envObjects: ['process.env', 'import.meta.env', 'os.environ', 'System.getenv()'] }],
};
