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

/** Names and keys holding terminal escape sequences: a window title (OSC), a screen clear (CSI), a C1 CSI, a carriage return that hides what came before. */
export const TERMINAL_HOSTILE_NAMES = ['\u001b]0;pwned\u0007title.ts', '\u001b[2Jclear.ts', 'c1\u009b31mred.ts', 'hidden\rshown.ts'];
