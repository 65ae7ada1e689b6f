import { test } from './fixtures';
import { Instances, type InstancesOptions, instancesUnavailable } from './instances';

/**
 * Declares, for the spec file that calls it, one cluster of instances its tests share (run in
 * order): skipped with the reason where no Postgres can run, started before the first test
 * and stopped after the last. Returns the running cluster, for tests and hooks.
 */
export function sharedInstances(opts: InstancesOptions): () => Instances {
  const unavailable = instancesUnavailable();
  test.skip(unavailable !== null, unavailable ?? '');
  test.describe.configure({ mode: 'serial' });
  let instances: Instances | undefined;
  test.beforeAll(async () => {
    // Hang guard: a cluster and cold `next start`s take several times longer under load.
    test.setTimeout(180_000);
    instances = await Instances.start(opts);
  });
  test.afterAll(async () => {
    await instances?.stopAll();
  });
  return () => {
    if (!instances) throw new Error('the instances of this spec have not started');
    return instances;
  };
}
