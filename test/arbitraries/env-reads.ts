// Texts made of environment-variable reads shaped like the env preset's patterns (what precedes
// the name, the name or a near miss, the brackets, quotes and key), mixed with loose pieces, so
// that most samples match somewhere: for the property tests of the env preset's patterns.
import fc from 'fast-check';

const NAMES = ['process.env', 'import.meta.env', 'os.environ', 'environ', 'ENV', 'os.environ.get', 'environ.get', 'os.getenv', 'getenv', 'os.Getenv', 'os.LookupEnv', 'System.getenv', 'System.getenv().get', 'System.getenv() . getOrDefault', 'Deno.env.get', 'ENV.fetch', 'Environment.GetEnvironmentVariable', 'std::env::var', 'env::var_os', 'fmt.Sprintf', 'String.format', 'env', 'Getenv', 'Bun.env', 'os.environ.setdefault'];
const read = fc
  .tuple(
    fc.constantFrom('', 'a', 'x.', '$', '_', ' ', '\n', '(', '=', 'my', 'os.', 'std::', '{ FF_A, B }'),
    fc.constantFrom(...NAMES),
    fc.constantFrom('.', '[', '?.[', '?.', '!.', '!?.', '(', ' ( ', '[ ', '\n[', ' = ', ''),
    fc.constantFrom("'", '"', '`', 'f"', "f'", 'F"', ''),
    fc.constantFrom('FF_NEW', 'FF_', 'FF_A_1', 'APP_X', 'APP_', 'FF_A${x}', 'FF_{x}', 'NEW', 'FF_NEW$'),
    fc.constantFrom('', "'", '"', '`', "' + x", '" + x', '"%', '".format', ']', ')', '}', '} = process.env', '} = import.meta.env', 'x'),
  )
  .map((parts) => parts.join(''));
const PIECES = ['process.env', 'environ', '.', '[', "'", '"', '`', '${', '{', '}', ' + ', 'FF_', 'APP_', 'NEW', 'a', '$', ' ', '\n', '='];
/** A text of a few reads and loose pieces. */
export const envReadText = fc.array(fc.oneof({ weight: 3, arbitrary: read }, { weight: 1, arbitrary: fc.constantFrom(...PIECES) }), { maxLength: 12 }).map((parts) => parts.join(''));

