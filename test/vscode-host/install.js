#!/usr/bin/env node
// Installs the real VS Code used by the tests (code-server 4.100.3 = VS Code 1.100.3, the newest release
// that runs on Node 20) into this folder's git-ignored node_modules, once. Later runs see the marker
// file and return at once, so `npm test` pays the ~2 minute install only on a fresh machine.
//
// Why the special environment: code-server's postinstall compiles native modules (kerberos needs
// Debian's libkrb5-dev), runs `npx` (needs npm_config_yes), refuses to run as root without
// npm_config_unsafe_perm, and @vscode/ripgrep downloads `rg` from GitHub, which this machine cannot
// reach; we pre-seed its download cache with Debian's /usr/bin/rg instead.
//
// Usage: node test/vscode-host/install.js [--force]   (also required() by scripts/test-vscode.ts)
'use strict';

const childProcess = require('child_process');
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');

const HOST_DIR = __dirname;
const MARKER = path.join(HOST_DIR, 'node_modules', '.claimline-host-installed');

// @vscode/ripgrep versions used by code-server 4.100.3 and the rg release each one fetches.
// A cache file that is present makes its postinstall skip the download.
const RIPGREP_CACHES = [
  { cacheDir: 'vscode-ripgrep-cache-1.15.11', asset: 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz' },
];

class HostInstallError extends Error {}

function log(message) {
  process.stderr.write(`[vscode-host] ${message}\n`);
}

/** Hash of what decides the install: the pinned versions and the Node major the native modules were built for. */
function manifestHash() {
  const { dependencies } = JSON.parse(fs.readFileSync(path.join(HOST_DIR, 'package.json'), 'utf8'));
  const nodeMajor = process.versions.node.split('.')[0];
  return crypto.createHash('sha256').update(JSON.stringify({ dependencies, nodeMajor })).digest('hex');
}

function wantedVersion(name) {
  return require(path.join(HOST_DIR, 'package.json')).dependencies[name];
}

function installedVersion(name) {
  try {
    return JSON.parse(fs.readFileSync(path.join(HOST_DIR, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
}

function isInstalled() {
  if (!fs.existsSync(MARKER)) return false;
  if (fs.readFileSync(MARKER, 'utf8').trim() !== manifestHash()) return false;
  return installedVersion('code-server') === wantedVersion('code-server');
}

function checkPrerequisites() {
  const problems = [];
  const major = Number(process.versions.node.split('.')[0]);
  if (major !== 20) problems.push(`code-server 4.100.3 needs Node 20; this is Node ${process.versions.node}.`);
  if (!fs.existsSync('/usr/bin/rg')) problems.push('ripgrep is missing (/usr/bin/rg): apt-get install -y ripgrep');
  const hasKrb5 = ['/usr/include/krb5.h', '/usr/include/gssapi/gssapi.h'].some((file) => fs.existsSync(file));
  if (!hasKrb5) problems.push('Kerberos headers are missing (kerberos native module): apt-get install -y libkrb5-dev');
  for (const tool of ['make', 'g++', 'python3']) {
    const found = childProcess.spawnSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' }).status === 0;
    if (!found) problems.push(`${tool} is missing (native modules are compiled): apt-get install -y build-essential python3`);
  }
  if (problems.length > 0) {
    throw new HostInstallError(`cannot install code-server:\n  - ${problems.join('\n  - ')}`);
  }
}

/** Puts Debian's rg where @vscode/ripgrep looks before downloading, as the single-file tarball it expects. */
function seedRipgrepCache() {
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'claimline-rg-'));
  try {
    fs.copyFileSync('/usr/bin/rg', path.join(staging, 'rg'));
    fs.chmodSync(path.join(staging, 'rg'), 0o755);
    for (const { cacheDir, asset } of RIPGREP_CACHES) {
      const dir = path.join(os.tmpdir(), cacheDir);
      const target = path.join(dir, asset);
      if (fs.existsSync(target)) continue;
      fs.mkdirSync(dir, { recursive: true });
      const result = childProcess.spawnSync('tar', ['-czf', target, '-C', staging, 'rg'], { stdio: 'inherit' });
      if (result.status !== 0) throw new HostInstallError(`could not create the ripgrep cache ${target}`);
      log(`seeded ${target} from /usr/bin/rg`);
    }
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

function install({ force = false } = {}) {
  if (!force && isInstalled()) {
    log(`code-server ${installedVersion('code-server')} already installed (cached)`);
    return { cached: true, seconds: 0 };
  }
  checkPrerequisites();
  seedRipgrepCache();
  const started = Date.now();
  const hasLock = fs.existsSync(path.join(HOST_DIR, 'package-lock.json'));
  const args = hasLock ? ['ci', '--no-audit', '--no-fund'] : ['install', '--no-audit', '--no-fund'];
  log(`installing code-server ${wantedVersion('code-server')} (npm ${args[0]}; about 2 minutes the first time)...`);
  fs.rmSync(MARKER, { force: true });
  const result = childProcess.spawnSync('npm', args, {
    cwd: HOST_DIR,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      npm_config_yes: 'true',
      npm_config_unsafe_perm: 'true',
      npm_config_update_notifier: 'false',
    },
  });
  if (result.status !== 0) {
    throw new HostInstallError(`npm ${args[0]} in test/vscode-host failed with exit code ${result.status}`);
  }
  if (installedVersion('code-server') !== wantedVersion('code-server')) {
    throw new HostInstallError(`code-server ${wantedVersion('code-server')} expected, found ${installedVersion('code-server') ?? 'nothing'}`);
  }
  fs.writeFileSync(MARKER, `${manifestHash()}\n`);
  const seconds = (Date.now() - started) / 1000;
  log(`installed in ${seconds.toFixed(0)} s`);
  return { cached: false, seconds };
}

module.exports = { install, HOST_DIR, HostInstallError };

if (require.main === module) {
  try {
    install({ force: process.argv.includes('--force') });
  } catch (error) {
    log(`ERROR: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
