// `node dist/healthcheck.js`: exits 0 when the local service answers /healthz with 200.
import { probe } from './probe.ts';

const port = process.env.PORT || '8080';
process.exitCode = (await probe(`http://127.0.0.1:${port}/healthz`)) ? 0 : 1;
