import { Alert } from 'antd';
import { useHealth } from './health';

/** Shown on every screen of a demo host, so nobody mistakes training data for real registrations. */
export function DemoBanner() {
  const { health } = useHealth();
  if (!health?.demo) return null;
  return (
    <div style={{ position: 'sticky', top: 0, zIndex: 1100, flex: 'none' }} data-testid="demo-banner">
      <Alert
        banner
        type="warning"
        showIcon
        title="演示模式：数据均为虚构，仅供演示和培训"
        styles={{ root: { justifyContent: 'center', padding: '10px 16px', borderBottom: '1px solid #ffe58f' }, section: { flex: 'none' }, title: { fontWeight: 600, fontSize: '1.05em' } }}
      />
    </div>
  );
}
