import { Button } from 'antd';
import { BOOKABLE_SERVICES, needsCouple, SERVICE_LABELS, type BookableService } from '../../../../main/domain';

/** 现场取号, first step: which service; a couple's service says both must be here. */
export function ServiceChoice({ onChoose, onCancel }: { onChoose: (service: BookableService) => void; onCancel: () => void }) {
  return (
    <div className="kiosk-body" data-testid="kiosk-services">
      <h1 className="kiosk-title">现场取号</h1>
      <p className="kiosk-lead kiosk-muted">请选择您要办理的业务</p>
      <div className="kiosk-choices is-services">
        {BOOKABLE_SERVICES.map((service) => (
          <Button key={service} className="kiosk-big" onClick={() => onChoose(service)}>
            {SERVICE_LABELS[service]}
            <span className="kiosk-big-sub">{needsCouple(service) ? '须双方本人到场，读取两人身份证' : '读取本人身份证'}</span>
          </Button>
        ))}
      </div>
      <div className="kiosk-actions">
        <Button className="kiosk-action" onClick={onCancel}>
          返回首页
        </Button>
      </div>
    </div>
  );
}
