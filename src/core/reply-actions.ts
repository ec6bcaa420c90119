/**
 * Buttons on a reply, platform-neutral: the command layer says which command a button runs
 * with which options; adapters carry that in the button (a Discord custom id, a Slack button
 * value) and hand it back to the dispatcher when clicked. A click runs the command through the
 * same gate as typing it, so a forged button can do nothing the user could not type.
 */
export interface ReplyAction {
  label: string;
  commandName: string;
  options: Readonly<Record<string, string>>;
  /** The one option that may be shortened to fit a platform's limit (the asked question). */
  shortenable?: string;
  style?: 'primary' | 'secondary' | 'danger';
}

/** Set in the decoded options when the shortenable option was cut to fit. */
export const SHORTENED_OPTION = 'shortened';
/**
 * The language of the reply a button sits under ("en" | "nl"), so clicking it answers in the
 * question's language; the dispatcher takes it out of the options before the command runs.
 */
export const LANGUAGE_OPTION = 'lang';

const SEPARATOR = '|';
/** The characters an option value cannot hold as they are, and what each becomes (three characters). */
const ESCAPES: Readonly<Record<string, string>> = Object.freeze({ '%': '%25', '|': '%7C', '=': '%3D' });
const NEEDS_ESCAPE = /[%|=]/;
const escapeValue = (value: string) => (NEEDS_ESCAPE.test(value) ? value.replace(/[%|=]/g, (char) => ESCAPES[char]!) : value);
const unescapeValue = (value: string) => value.replace(/%3D/g, '=').replace(/%7C/g, '|').replace(/%25/g, '%');

function encodeWith(commandName: string, options: Readonly<Record<string, string>>): string {
  let encoded = commandName;
  for (const name in options) encoded += `${SEPARATOR}${name}=${escapeValue(options[name]!)}`;
  return encoded;
}

/**
 * The action as one string of at most maxLength characters, or undefined when even with the
 * shortenable option cut to nothing it does not fit. Cuts on code-point boundaries, keeping the
 * longest start of the value that fits (less its trailing spaces), and marks it shortened.
 */
export function encodeAction(action: ReplyAction, maxLength: number): string | undefined {
  const whole = encodeWith(action.commandName, action.options);
  if (whole.length <= maxLength) return whole;
  const name = action.shortenable;
  const value = name === undefined ? undefined : action.options[name];
  if (name === undefined || value === undefined) return undefined;
  const cut = (kept: string) => encodeWith(action.commandName, { ...action.options, [name]: kept.trimEnd(), [SHORTENED_OPTION]: '1' });
  // One pass over the value's code points, never to its end (the whole value did not fit):
  // the room left beside everything else, against the escaped length of each longer start.
  const room = maxLength - cut('').length;
  let length = 0;
  let trailingSpaces = 0;
  let best = -1;
  const points = Array.from(value);
  for (let kept = 1; kept < points.length; kept += 1) {
    const point = points[kept - 1]!;
    length += ESCAPES[point] === undefined ? point.length : 3;
    trailingSpaces = point.trimEnd() === '' ? trailingSpaces + point.length : 0;
    if (length - trailingSpaces > room) break;
    best = kept;
  }
  return best < 1 ? undefined : cut(points.slice(0, best).join(''));
}

export interface DecodedAction {
  commandName: string;
  options: Record<string, string>;
}

/** Undefined for anything that is not an encoded action. */
export function decodeAction(token: string): DecodedAction | undefined {
  const [commandName, ...pairs] = token.split(SEPARATOR);
  if (!commandName) return undefined;
  const options: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at < 1) return undefined;
    options[pair.slice(0, at)] = unescapeValue(pair.slice(at + 1));
  }
  return { commandName, options };
}
