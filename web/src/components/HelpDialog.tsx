import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { HotlineRegion } from '../api/types.ts';
import { useI18n } from '../i18n/index.tsx';
import { Dialog } from './Dialog.tsx';
import { HotlineList, RegionSelect } from './Hotlines.tsx';

/** "Get help now": crisis lines for the chosen region, each with its source and verification date. */
export function HelpDialog({
  open,
  onClose,
  region,
  onRegion,
}: {
  open: boolean;
  onClose: () => void;
  region: string;
  onRegion: (id: string) => void;
}) {
  const { t, locale } = useI18n();
  const [regions, setRegions] = useState<HotlineRegion[] | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!open) return;
    let cancelled = false;
    api
      .hotlines(locale, region)
      .then((r) => !cancelled && (setRegions(r), setFailed(false)))
      .catch(() => !cancelled && setFailed(true));
    return () => {
      cancelled = true;
    };
  }, [open, locale, region]);

  const current = regions?.find((r) => r.id === region) ?? regions?.[0];
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t('help.title')}
      closeLabel={t('help.close')}
      className="help-dialog"
    >
      <p className="help-intro">{t('help.intro')}</p>
      {regions && current ? (
        <>
          <RegionSelect regions={regions} value={current.id} onChange={onRegion} label={t('help.region')} />
          <HotlineList region={current} />
        </>
      ) : (
        <p className="muted">{failed ? t('error.load') : t('help.loading')}</p>
      )}
    </Dialog>
  );
}
