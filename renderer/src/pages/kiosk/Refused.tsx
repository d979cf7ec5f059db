import { CloseCircleOutlined } from '@ant-design/icons';
import { Button } from 'antd';

/** A ticket the host would not issue, said in large plain words; the citizen goes back or asks staff. */
export function Refused({ title, lines, onBack }: { title: string; lines: readonly string[]; onBack: () => void }) {
  return (
    <div className="kiosk-body" data-testid="kiosk-refused">
      <CloseCircleOutlined style={{ fontSize: '6em', color: '#d92d20' }} />
      <h1 className="kiosk-title">{title}</h1>
      <div className="kiosk-message" role="alert" style={{ fontSize: '1.5em' }}>
        {lines.map((line) => (
          <div key={line}>{line}</div>
        ))}
      </div>
      <p className="kiosk-lead kiosk-muted">如有疑问，请咨询大厅工作人员</p>
      <div className="kiosk-actions">
        <Button type="primary" className="kiosk-action" onClick={onBack}>
          返回
        </Button>
      </div>
    </div>
  );
}
