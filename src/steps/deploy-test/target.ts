import type { Deployment } from '../common/handoff.js';
import type { StepContext } from '../types.js';
import type { DeployOptions } from './options.js';
import type { TeardownRecord } from './teardown-record.js';

/**
 * What every deploy target does behind one interface: start the service and say where it
 * answers. A target calls `started` as soon as something exists that needs removing, before
 * any wait, so that a failure or an interruption later on still tears it down.
 */
export interface DeployTarget {
  deploy(
    ctx: StepContext,
    options: DeployOptions,
    started: (record: TeardownRecord) => Promise<void>,
  ): Promise<Deployed>;
}

export interface Deployed {
  deployment: Deployment;
  /** The image deployed, when an image was (its name without tag; digest in deployment.image). */
  imageName?: string;
  /** Called between health checks: why the service can no longer come up (it exited), if so. */
  gone?: () => Promise<string | undefined> | string | undefined;
  /** The service's own output for a failure reason (container or process log, last lines). */
  logTail?: () => Promise<string>;
}
