#!/usr/bin/env node
// First step of `npm test` (and of `npm run test:vscode`): the Debian packages the real-VS-Code tests
// need (.ci/debian-packages, the list .ci/run installs too). When some are missing, it installs them
// if it runs as root (CI, containers) and otherwise stops at once with the one command to run.
// Quick when all are there: one dpkg-query call.
'use strict';

const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const LIST = path.join(__dirname, '..', '.ci', 'debian-packages');

function packages() {
  return fs.readFileSync(LIST, 'utf8').split('\n').map((line) => line.replace(/#.*/, '').trim()).filter(Boolean);
}

/** The packages dpkg does not report as installed (all of them when dpkg is absent). */
function missing(names) {
  const query = spawnSync('dpkg-query', ['-W', '-f=${Package} ${db:Status-Status}\\n', ...names], { encoding: 'utf8' });
  if (query.error) return { names, noDpkg: true };
  const installed = new Set(query.stdout.split('\n').filter((line) => line.endsWith(' installed')).map((line) => line.split(' ')[0]));
  return { names: names.filter((name) => !installed.has(name)), noDpkg: false };
}

function installCommand(names) {
  return `apt-get update && apt-get install -y --no-install-recommends ${names.join(' ')}`;
}

function main() {
  const wanted = packages();
  const { names, noDpkg } = missing(wanted);
  if (names.length === 0) return 0;
  if (noDpkg) {
    process.stderr.write(`The real-VS-Code tests need these Debian packages (or their equivalents on your system): ${names.join(' ')}.\n` +
      'This is not a Debian-based system (no dpkg-query): install them with your package manager, then run npm test again.\n');
    return 1;
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    process.stderr.write(`Missing Debian packages the tests need: ${names.join(' ')}. Install them with:\n\n  sudo sh -c '${installCommand(names)}'\n\nthen run npm test again.\n`);
    return 1;
  }
  process.stdout.write(`Installing the Debian packages the tests need: ${names.join(' ')}\n`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', '--no-install-recommends', ...names]]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0) {
      process.stderr.write(`apt-get ${args[0]} failed (exit ${result.status}); the command was: ${installCommand(names)}\n`);
      return 1;
    }
  }
  const still = missing(wanted).names;
  if (still.length > 0) {
    process.stderr.write(`Still missing after apt-get: ${still.join(' ')}\n`);
    return 1;
  }
  return 0;
}

if (require.main === module) process.exit(main());

module.exports = { packages, missing };
