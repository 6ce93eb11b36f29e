// Browser tests drive Debian's Chromium (`npx playwright install` cannot download browsers here).
// Installs it with apt-get when it is missing and we are root; otherwise says what to do.
import {execFileSync} from 'node:child_process';
import {existsSync} from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function install() {
  const run = (args) =>
    execFileSync('apt-get', args, {
      stdio: 'inherit',
      env: {...process.env, DEBIAN_FRONTEND: 'noninteractive'},
    });
  run(['update']);
  run(['install', '-y', '--no-install-recommends', 'chromium', 'fonts-dejavu-core']);
}

if (!existsSync(CHROMIUM)) {
  if (process.getuid?.() === 0) {
    console.log(`ensure-chromium: ${CHROMIUM} is missing; installing Debian's chromium…`);
    install();
  } else {
    console.error(
      `ensure-chromium: ${CHROMIUM} is missing. Install it (sudo apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
    process.exit(1);
  }
}
