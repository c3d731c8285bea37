// `node dist/main.js`: the container's entry point. Everything testable lives in server.ts.
import { run } from './server.ts';

if (!(await run(process.env, process))) process.exitCode = 1;
