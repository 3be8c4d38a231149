// CI guard: `npm install` must not rewrite package-lock.json. A lock that is out of step with
// package.json breaks `npm ci` on a clean clone and leaves a newcomer's tree dirty after `npm start`.
// Runs only under CI (CI=true) so a developer changing dependencies is not blocked mid-edit.
import {execFileSync} from 'node:child_process';

if (process.env.CI) {
  let diff = '';
  try {
    diff = execFileSync(
      'git',
      ['diff', '--stat', 'HEAD', '--', 'package-lock.json', 'package.json'],
      {
        encoding: 'utf8',
      },
    );
  } catch {
    console.log('check-lock: not a git checkout, skipped');
    process.exit(0);
  }
  if (diff.trim()) {
    console.error(
      'check-lock: `npm install` changed the lock file; commit the updated package-lock.json:\n' +
        diff,
    );
    process.exit(1);
  }
  console.log('check-lock: package-lock.json unchanged by npm install');
}
