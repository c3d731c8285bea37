// Runtime settings come from the environment only (twelve-factor style), and are checked once
// at start-up so a misconfigured container fails fast instead of misbehaving later.
import { isLevel, type Level } from './logger.ts';

export interface Config {
  host: string;
  port: number;
  /** Undefined means no key is configured: every mutating request is refused. */
  apiKey: string | undefined;
  bodyLimitBytes: number;
  maxItems: number;
  /** Requests per client address per minute; 0 turns rate limiting off. */
  rateLimitPerMinute: number;
  shutdownGraceMs: number;
  logLevel: Level;
  /** The one browser origin allowed to call the API (Access-Control-Allow-Origin). */
  corsOrigin: string;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export const MIN_API_KEY_LENGTH = 16;
export const DEFAULT_CORS_ORIGIN = 'https://app.example.com';

function integer(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(`${name} must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) {
    throw new ConfigError(`${name} must be between ${min} and ${max}, got ${value}`);
  }
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const apiKey = env.API_KEY === '' ? undefined : env.API_KEY;
  if (apiKey !== undefined && apiKey.length < MIN_API_KEY_LENGTH) {
    throw new ConfigError(`API_KEY must be at least ${MIN_API_KEY_LENGTH} characters long`);
  }
  const logLevel = env.LOG_LEVEL || 'info';
  if (!isLevel(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of debug, info, warn, error, got "${logLevel}"`);
  }
  const corsOrigin = env.CORS_ORIGIN || DEFAULT_CORS_ORIGIN;
  // One explicit origin: `*` would open the API to every site and `null` to sandboxed frames.
  if (!/^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i.test(corsOrigin)) {
    throw new ConfigError(
      `CORS_ORIGIN must be one origin such as https://app.example.com, got "${corsOrigin}"`,
    );
  }
  return {
    host: env.HOST || '0.0.0.0',
    port: integer(env, 'PORT', 8080, 0, 65535),
    apiKey,
    bodyLimitBytes: integer(env, 'BODY_LIMIT_BYTES', 16 * 1024, 256, 1024 * 1024),
    maxItems: integer(env, 'MAX_ITEMS', 1000, 1, 100_000),
    rateLimitPerMinute: integer(env, 'RATE_LIMIT_PER_MINUTE', 1200, 0, 1_000_000),
    shutdownGraceMs: integer(env, 'SHUTDOWN_GRACE_MS', 10_000, 0, 120_000),
    logLevel,
    corsOrigin,
  };
}
