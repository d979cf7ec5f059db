import { App as AntApp, ConfigProvider, theme } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { useEffect } from 'react';
import { call } from '../api/client';
import { getSession, saveSession, useSession } from '../api/session';
import { LoginPage } from '../pages/LoginPage';
import { DemoBanner } from './DemoBanner';
import { HealthContext, useHealthLoader } from './health';
import { FONT_SIZE_LARGE, FONT_SIZE_NORMAL, LargeTextContext, useLargeText } from './largeText';
import { Shell } from './Shell';

/** Providers (locale, theme, health) around either the login screen or the signed-in shell. */
export function Root() {
  const healthState = useHealthLoader();
  const [large, setLarge] = useLargeText();
  const session = useSession();
  useConfirmStoredSession();

  return (
    <ConfigProvider
      locale={zhCN}
      // No space forced into two-character labels (登 录): staff read them as words, and tests find them by name.
      button={{ autoInsertSpace: false }}
      theme={{
        algorithm: theme.defaultAlgorithm,
        token: {
          fontSize: large ? FONT_SIZE_LARGE : FONT_SIZE_NORMAL,
          // Taller controls to go with the larger text, or 18px glyphs crowd the inputs and buttons.
          controlHeight: large ? 40 : 32,
          borderRadius: 6,
        },
      }}
    >
      <AntApp style={{ flex: 1, display: 'flex', flexDirection: 'column' }} message={{ maxCount: 2 }}>
        <HealthContext.Provider value={healthState}>
          <LargeTextContext.Provider value={{ large, setLarge }}>
            <DemoBanner />
            {session ? <Shell session={session} /> : <LoginPage />}
          </LargeTextContext.Provider>
        </HealthContext.Provider>
      </AntApp>
    </ConfigProvider>
  );
}

/** A token kept from before a reload may have expired, or the user's role may have changed: ask the host once. */
function useConfirmStoredSession(): void {
  useEffect(() => {
    const stored = getSession();
    if (!stored) return;
    call('whoami').then(
      (user) => {
        const still = getSession();
        if (still?.token === stored.token) saveSession({ ...still, user });
      },
      () => {
        // 401 already cleared the session in the client; other failures keep it until the host is back.
      },
    );
  }, []);
}
