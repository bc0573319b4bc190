import type { CheckInOffer } from '../api/types.ts';
import { IconClipboard } from '../components/Icons.tsx';
import { useI18n } from '../i18n/index.tsx';

/** "Would you like a short check-in?" under a reply, with Start / Not now. */
export function CheckInOfferCard({
  offer,
  onStart,
  onDismiss,
}: {
  offer: CheckInOffer;
  onStart: () => void;
  onDismiss: () => void;
}) {
  const { t } = useI18n();
  return (
    <section className="checkin-offer" aria-label={t('offer.label')} data-testid="checkin-offer">
      <span className="checkin-offer-icon">
        <IconClipboard />
      </span>
      <p className="checkin-offer-text">{offer.text}</p>
      <div className="checkin-offer-actions">
        <button type="button" className="button button-primary" onClick={onStart}>
          {t('offer.start')}
        </button>
        <button type="button" className="button button-quiet" onClick={onDismiss}>
          {t('offer.later')}
        </button>
      </div>
    </section>
  );
}
