/**
 * `npm start`: builds Turbine, then serves dist/ with `astro preview`.
 *
 *   npm start                      http://localhost:4321
 *   PORT=4400 npm start            another port, from the environment
 *   npm start -- --port 4400       or from the command line (wins over PORT)
 *   npm run preview                the same without building first (`--no-build`)
 *
 * A script rather than a one-line npm script so that both ways of choosing the port
 * work the same everywhere (npm scripts cannot read ${PORT:-4321} portably).
 */
import { spawnSync } from 'node:child_process';

const DEFAULT_PORT = 4321;

function portFrom(args: string[], env: string | undefined): number {
  let chosen: string | undefined = env;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--port') chosen = args[++i];
    else if (arg.startsWith('--port=')) chosen = arg.slice('--port='.length);
  }
  if (chosen === undefined || chosen === '') return DEFAULT_PORT;
  const port = Number(chosen);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`start: "${chosen}" is not a port: give a whole number from 1 to 65535 (e.g. PORT=4400 npm start, or npm start -- --port 4400)`);
    process.exit(2);
  }
  return port;
}

const args = process.argv.slice(2);
const port = portFrom(args, process.env.PORT);

if (!args.includes('--no-build')) {
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// `astro` is on PATH: npm puts node_modules/.bin there for its scripts.
const preview = spawnSync('astro', ['preview', '--port', String(port)], { stdio: 'inherit' });
process.exit(preview.status ?? 1);
