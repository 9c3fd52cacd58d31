// File names that a shell would run, an option parser would take, or a careless split would break.

/** Names a shell would run (`$(...)`, backticks, `;`, `||`), an option parser would take, or a split would break. */
export const HOSTILE_NAMES = [
  '$(touch pwned)',
  '`touch pwned`',
  ';rm -rf x',
  '--output=x',
  '-n',
  'a b  c.txt',
  '"quoted" \'name\'.txt',
  'new\nline.txt',
  'tab\there.txt',
  'ünïcödé 名前.txt',
  '|| touch pwned',
  '* glob ?.txt',
];
