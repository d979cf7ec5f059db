import { Button, Result, Spin } from 'antd';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { z } from 'zod';
import type { DeviceSelf } from '../../../../main/contract';
import { DEVICE_KIND_LABELS, type DeviceKind } from '../../../../main/domain';
import { ApiError, call, errorMessage } from '../../api/client';
import { useDeviceToken } from '../../api/deviceToken';

export type DeviceSelfView = z.infer<typeof DeviceSelf>;

/** A board may boot before the host does: it asks again this often until the host answers. */
const RETRY_MS = 5_000;

type Check = { state: 'checking' } | { state: 'ready'; self: DeviceSelfView } | { state: 'waiting'; message: string };

/**
 * The kiosk's and the board's way in: the device token kept from the pairing link, confirmed with the
 * host before the page shows anything; without one, the page says how staff pair it.
 */
export function DeviceGate({ kind, children }: { kind: DeviceKind; children: (self: DeviceSelfView) => ReactNode }) {
  const token = useDeviceToken();
  const [check, setCheck] = useState<Check>({ state: 'checking' });
  // A token that goes away while the page is open was refused by the host: revoked, not never paired.
  const hadToken = useRef(token !== null);
  const [lost, setLost] = useState(false);

  useEffect(() => {
    if (token) hadToken.current = true;
    else if (hadToken.current) setLost(true);
  }, [token]);

  useEffect(() => {
    if (!token) return;
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = () => {
      call('deviceSelf').then(
        (self) => live && setCheck({ state: 'ready', self }),
        (error: unknown) => {
          if (!live) return;
          // 401 has already dropped the token (the gate then asks for a new pairing); anything else is the host being away.
          if (error instanceof ApiError && error.status === 401) return;
          setCheck({ state: 'waiting', message: errorMessage(error) });
          timer = setTimeout(ask, RETRY_MS);
        },
      );
    };
    setCheck({ state: 'checking' });
    ask();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [token]);

  if (!token) return <Unpaired kind={kind} lost={lost} />;
  if (check.state === 'checking') return <Centered><Spin size="large" description="正在连接登记系统…" /></Centered>;
  if (check.state === 'waiting') {
    return (
      <Centered>
        <Result status="warning" title="正在连接登记系统服务器…" subTitle={`${check.message}。连接恢复后将自动显示。`} icon={<Spin size="large" />} />
      </Centered>
    );
  }
  if (check.self.device.kind !== kind) {
    const other = check.self.device.kind;
    return (
      <Centered>
        <Result
          status="warning"
          title={`本设备登记为${DEVICE_KIND_LABELS[other]}`}
          subTitle={`配对令牌属于${DEVICE_KIND_LABELS[other]}「${check.self.device.name}」，不能用作${DEVICE_KIND_LABELS[kind]}。`}
          extra={
            <Button type="primary" size="large" onClick={() => window.location.replace(`#/${other}`)}>
              打开{DEVICE_KIND_LABELS[other]}页面
            </Button>
          }
        />
      </Centered>
    );
  }
  return <>{children(check.self)}</>;
}

function Unpaired({ kind, lost }: { kind: DeviceKind; lost: boolean }) {
  return (
    <Centered>
      <Result
        status={lost ? 'error' : 'info'}
        title={lost ? '本设备的令牌已停用或失效' : `本${DEVICE_KIND_LABELS[kind]}尚未配对`}
        subTitle={
          <div style={{ fontSize: 20, lineHeight: 1.8 }} data-testid="device-unpaired">
            请工作人员（大厅主管）在登记系统的「大厅设置 → 设备」中添加本{DEVICE_KIND_LABELS[kind]}，
            <br />
            然后在本设备的浏览器中打开生成的配对链接。
          </div>
        }
      />
    </Centered>
  );
}

function Centered({ children }: { children: ReactNode }) {
  return <div style={{ flex: 1, display: 'flex', alignItems: 'center', justifyContent: 'center', padding: 32 }}>{children}</div>;
}
