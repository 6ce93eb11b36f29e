// Browser tests drive Debian's Chromium (`npx playwright install` cannot download browsers here),
// and the printed report's test reads its PDF with poppler's pdftoppm and pdftotext.
// Installs what is missing with apt-get when we are root; otherwise says what to do.
import {execFileSync} from 'node:child_process';
import {existsSync} from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Whether `command` is on the PATH. */
function onPath(command) {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], {stdio: 'ignore'});
    return true;
  } catch {
    return false;
  }
}

/** Debian packages to install: [package, what is missing without it]. */
const missing = [
  ...(existsSync(CHROMIUM)
    ? []
    : [
        ['chromium', CHROMIUM],
        ['fonts-dejavu-core', 'its fonts'],
      ]),
  ...(onPath('pdftoppm') && onPath('pdftotext') ? [] : [['poppler-utils', 'pdftoppm, pdftotext']]),
];

function install(packages) {
  const run = (args) =>
    execFileSync('apt-get', args, {
      stdio: 'inherit',
      env: {...process.env, DEBIAN_FRONTEND: 'noninteractive'},
    });
  run(['update']);
  run(['install', '-y', '--no-install-recommends', ...packages]);
}

if (missing.length > 0) {
  const what = missing.map(([pkg, why]) => `${pkg} (${why})`).join(', ');
  if (process.getuid?.() === 0) {
    console.log(`ensure-chromium: missing ${what}; installing with apt-get…`);
    install(missing.map(([pkg]) => pkg));
  } else {
    console.error(
      `ensure-chromium: missing ${what}. Install them (sudo apt-get install -y ${missing
        .map(([pkg]) => pkg)
        .join(' ')}) or set CHROMIUM_PATH.`,
    );
    process.exit(1);
  }
}
