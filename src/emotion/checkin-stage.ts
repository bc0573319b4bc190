import type { FollowUpStage } from '../core/stages.ts';
import type { Repository } from '../store/types.ts';
import { checkInOffer } from './checkin.ts';

/**
 * The pipeline's follow-up stage for screening check-ins: reads what it needs from the store
 * (screenings done in this session, the turn of the last offer) and asks `checkInOffer`.
 */
export function createCheckInStage(store: Repository): FollowUpStage {
  return {
    name: 'screening-check-in',
    async propose(ctx) {
      const [screenings, followUps] = await Promise.all([
        store.listScreenings({ sessionId: ctx.sessionId }),
        store.listAnalyses(ctx.sessionId, 'follow-up'),
      ]);
      const lastOffer = followUps
        .map((a) => a.data as { kind?: string; userTurn?: number })
        .filter((d) => d.kind === 'check-in' && typeof d.userTurn === 'number')
        .at(-1);
      return checkInOffer({
        locale: ctx.locale,
        reading: ctx.emotion,
        screenings,
        userTurns: ctx.userTurn,
        lastOfferTurn: lastOffer?.userTurn,
      });
    },
  };
}
