import { CalendarOutlined, LikeOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button } from 'antd';

export type HomeChoice = 'checkin' | 'walkin' | 'rate';

/** The kiosk's start: three large buttons, each saying in a line what it is for. */
export function KioskHome({ onChoose }: { onChoose: (choice: HomeChoice) => void }) {
  return (
    <div className="kiosk-body" data-testid="kiosk-home">
      <h1 className="kiosk-title">欢迎使用自助取号机</h1>
      <p className="kiosk-lead kiosk-muted">请选择您要办理的事项</p>
      <div className="kiosk-choices">
        <Button type="primary" className="kiosk-big" onClick={() => onChoose('checkin')}>
          <CalendarOutlined />
          预约签到取号
          <span className="kiosk-big-sub">已预约的市民，读取身份证签到</span>
        </Button>
        <Button type="primary" className="kiosk-big" onClick={() => onChoose('walkin')}>
          <PrinterOutlined />
          现场取号
          <span className="kiosk-big-sub">未预约，选择业务后取号</span>
        </Button>
        <Button className="kiosk-big" onClick={() => onChoose('rate')}>
          <LikeOutlined />
          服务评价
          <span className="kiosk-big-sub">办理完毕后，对本次服务作出评价</span>
        </Button>
      </div>
    </div>
  );
}
