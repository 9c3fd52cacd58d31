// Environment-variable flags (`FF_NEW_CHECKOUT`, prefix configurable) read from Node, Vite,
// Deno, Python, Go, Java and Ruby; names resolve to registry keys by their letters and digits.
import { escapeRegExp, type FlagPreset } from './preset.js';

export const env: FlagPreset = {
  name: 'env',
  title: 'Environment variables',
  summary: [
    'JS/TS: `process.env.FF_X`, `process.env[\'FF_X\']`, `import.meta.env.FF_X`, `const { FF_X } = process.env`, `Deno.env.get(\'FF_X\')`',
    'Python: `os.environ["FF_X"]`, `os.environ.get("FF_X")`, `os.getenv("FF_X")`',
    'Go: `os.Getenv("FF_X")`, `os.LookupEnv("FF_X")`; Java: `System.getenv("FF_X")`; Ruby: `ENV["FF_X"]`',
  ],
  patterns: ({ envPrefix }) => {
    const name = String.raw`(?<flag>${escapeRegExp(envPrefix)}[A-Za-z0-9_]+)`;
    const common = { anchors: [envPrefix], keyForm: 'normalized', stripPrefix: envPrefix, referenceKind: 'env' } as const;
    return [
      { ...common, kind: 'call', regex: String.raw`(?<![\w$])(?:process\.env|import\.meta\.env|os\.environ|ENV)(?:\.|\??\.?\[\s*['"\`])${name}` },
      {
        ...common,
        kind: 'call',
        regex: String.raw`(?<![\w$])(?:os\.environ\.get|os\.getenv|os\.Getenv|os\.LookupEnv|System\.getenv|Deno\.env\.get|ENV\.fetch)\s*\(\s*['"\`]${name}`,
      },
      { ...common, kind: 'destructure', requirePrefix: envPrefix, regex: String.raw`\{(?<names>[^{}]*)\}\s*=\s*process\.env\b` },
    ];
  },
};
