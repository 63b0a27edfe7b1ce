import type { Adapter } from '../adapters/types.js';
import type { AppDeps } from '../app.js';
import { createSummaryWriter } from './brief.js';
import { DigestComposer } from './composer.js';
import { DigestScheduler, type Poster, type TickReport } from './scheduler.js';
import { DigestService } from './service.js';
import type { DigestSettings } from './settings.js';
import { DigestStore } from './store.js';
import { startTicker } from './ticker.js';
import { formatDestination, type Platform } from './types.js';

/**
 * Digests in the running bot: the store and the /digest service from start-up (so commands work while
 * adapters connect), the scheduler once the adapters it posts through are running.
 */
export class DigestRuntime {
  private scheduler: DigestScheduler | undefined;
  private ticker: { stop(): Promise<void> } | undefined;

  private constructor(
    private readonly deps: AppDeps,
    private readonly settings: DigestSettings,
    readonly store: DigestStore,
    readonly composer: DigestComposer,
    readonly service: DigestService,
  ) {}

  /** Open the store, apply the default subscription from configuration, and offer /digest its service. */
  static open(deps: AppDeps, settings: DigestSettings): DigestRuntime {
    const store = DigestStore.inDataDir(settings.dataDir);
    const composer = new DigestComposer(
      deps.library,
      store,
      createSummaryWriter(deps.services, deps.logger),
      settings.lookbackMs,
    );
    const service = new DigestService({
      store,
      composer,
      clock: deps.clock,
      defaultTimezone: settings.timezone,
    });
    const runtime = new DigestRuntime(deps, settings, store, composer, service);
    runtime.applyDefault();
    deps.services.digests = service;
    return runtime;
  }

  private applyDefault(): void {
    const wanted = this.settings.default;
    const removed = this.store.removeConfigSubscriptionsExcept(wanted?.destination);
    if (removed)
      this.deps.logger.info({ removed }, 'removed digest subscriptions no longer in configuration');
    if (!wanted) return;
    const sub = this.store.upsertSubscription(
      {
        ...wanted.destination,
        schedule: wanted.schedule,
        timezone: wanted.timezone,
        silentWhenEmpty: wanted.silent,
        origin: 'config',
      },
      this.deps.clock.now(),
    );
    this.deps.logger.info(
      { destination: formatDestination(sub), schedule: sub.schedule, timezone: sub.timezone },
      'default digest from configuration',
    );
  }

  /** Start posting through the running adapters. */
  start(adapters: readonly Adapter[]): void {
    const posters = new Map<Platform, Poster>(adapters.map((a) => [a.name, a]));
    this.scheduler = new DigestScheduler({
      store: this.store,
      composer: this.composer,
      clock: this.deps.clock,
      logger: this.deps.logger,
      adapters: posters,
      catchupWindowMs: this.settings.catchupWindowMs,
    });
    this.scheduler.load();
    this.service.attach(this.scheduler);
    this.ticker = startTicker(this.scheduler, this.deps.logger);
    this.deps.logger.info({ subscriptions: this.scheduler.size }, 'digest scheduler started');
  }

  /** One scheduler pass now, without waiting for the next tick (tests; nothing when not started). */
  async tick(): Promise<TickReport | undefined> {
    return this.scheduler?.tick();
  }

  async stop(): Promise<void> {
    await this.ticker?.stop();
    await this.scheduler?.stop();
    this.service.attach(undefined);
    this.composer.close();
    this.store.close();
  }
}
