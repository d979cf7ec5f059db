import { Alert, Checkbox, Radio, Typography } from 'antd';
import type { CalendarSettings } from './dayKinds';

const EXTEND_OPTIONS: readonly { value: CalendarSettings['extendOn']; label: string }[] = [
  { value: 'non_working_days', label: '期间末日逢休息日（含周末）顺延' },
  { value: 'statutory_holidays_only', label: '仅逢法定节假日顺延' },
];

/** How the last day of a period moves (民法典 203): past every day off, or past statutory holidays only. */
export function ExtendOnSetting({ value, onChange }: { value: CalendarSettings['extendOn']; onChange: (v: CalendarSettings['extendOn']) => void }) {
  return (
    <div style={{ border: '1px solid #f0f0f0', borderRadius: 8, padding: '12px 16px', background: '#fafafa' }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '8px 16px' }}>
        <Typography.Text strong id="extend-on-label">
          期间末日顺延方式
        </Typography.Text>
        <Radio.Group aria-labelledby="extend-on-label" value={value} onChange={(e) => onChange(e.target.value as CalendarSettings['extendOn'])} options={EXTEND_OPTIONS.map((o) => ({ ...o }))} />
      </div>
      <Typography.Text type="secondary" style={{ display: 'block', marginTop: 6, fontSize: '0.9em' }}>
        依据民法典第二百零三条，期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日；本机关休息日在两种方式下均顺延。
      </Typography.Text>
    </div>
  );
}

interface YearNoticeProps {
  readonly year: number;
  /** The official schedule of this year is in the app (not counting the office's own entry). */
  readonly official: boolean;
  readonly entered: boolean;
  readonly onEntered: (entered: boolean) => void;
}

/** For a year without the State Council's schedule: its dates are provisional until the office enters the holidays itself. */
export function YearNotice({ year, official, entered, onEntered }: YearNoticeProps) {
  if (official) return null;
  const box = (
    <Checkbox checked={entered} onChange={(e) => onEntered(e.target.checked)} style={{ marginTop: 10, fontWeight: 600 }}>
      已录入 {year} 年节假日
    </Checkbox>
  );
  if (entered) {
    return (
      <Alert
        type="success"
        showIcon
        data-testid="year-notice"
        title={`${year} 年节假日已由本机关录入`}
        description={
          <>
            <div>该年内的离婚冷静期、领证期末日按本机关录入的放假日和调休上班日计算，不再标为暂定日期。如尚未录入完整，请取消勾选。</div>
            {box}
          </>
        }
      />
    );
  }
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="year-notice"
      title={`${year} 年节假日安排尚未收录`}
      description={
        <>
          <div>{`国务院尚未公布 ${year} 年节假日安排（或本系统尚未收录）：该年内的离婚冷静期、领证期末日暂按周末顺延，为暂定日期。请按公布的安排录入放假日和调休上班日，然后勾选“已录入 ${year} 年节假日”。`}</div>
          {box}
        </>
      }
    />
  );
}
